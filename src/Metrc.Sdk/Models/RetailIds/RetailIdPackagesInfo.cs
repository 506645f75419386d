namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: retail id packages info.</summary>
public sealed record RetailIdPackagesInfo
{
    /// <summary>Packages.</summary>
    public IReadOnlyList<RetailIdPackageInfo>? Packages { get; init; }
}
