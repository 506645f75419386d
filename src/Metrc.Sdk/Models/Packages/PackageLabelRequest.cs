namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: package label request.</summary>
public sealed record PackageLabelRequest
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }
}
