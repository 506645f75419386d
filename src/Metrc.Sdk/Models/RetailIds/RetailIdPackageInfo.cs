namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: retail id package info.</summary>
public sealed record RetailIdPackageInfo
{
    /// <summary>Tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Qr count.</summary>
    public int? QrCount { get; init; }

    /// <summary>Estimated balance.</summary>
    public int? EstimatedBalance { get; init; }

    /// <summary>Sibling count.</summary>
    public int? SiblingCount { get; init; }

    /// <summary>Issuance id.</summary>
    public string? IssuanceId { get; init; }

    /// <summary>Issuances.</summary>
    public IReadOnlyList<RetailIdIssuance>? Issuances { get; init; }

    /// <summary>Whether it has qrs.</summary>
    public bool HasQrs { get; init; }

    /// <summary>Requires verification.</summary>
    public bool RequiresVerification { get; init; }
}
