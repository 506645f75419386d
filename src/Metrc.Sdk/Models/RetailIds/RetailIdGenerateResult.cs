namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: retail id generate result.</summary>
public sealed record RetailIdGenerateResult
{
    /// <summary>Coa bl.</summary>
    public string? CoaBl { get; init; }

    /// <summary>Issuance id.</summary>
    public string? IssuanceId { get; init; }

    /// <summary>Manifest.</summary>
    public RetailIdManifest? Manifest { get; init; }

    /// <summary>Stack bl.</summary>
    public string? StackBl { get; init; }

    /// <summary>Url.</summary>
    public string? Url { get; init; }
}
