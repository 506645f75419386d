namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: set package external id request.</summary>
public sealed record SetPackageExternalIdRequest
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>External id.</summary>
    public string? ExternalId { get; init; }
}
