namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: release lab test result request.</summary>
public sealed record ReleaseLabTestResultRequest
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }
}
