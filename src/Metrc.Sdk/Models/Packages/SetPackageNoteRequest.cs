namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: set package note request.</summary>
public sealed record SetPackageNoteRequest
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Note.</summary>
    public string? Note { get; init; }
}
