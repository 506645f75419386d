namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: retail id manifest.</summary>
public sealed record RetailIdManifest
{
    /// <summary>Qrs.</summary>
    public IReadOnlyList<string>? Qrs { get; init; }

    /// <summary>Ranges.</summary>
    public IReadOnlyList<string>? Ranges { get; init; }
}
