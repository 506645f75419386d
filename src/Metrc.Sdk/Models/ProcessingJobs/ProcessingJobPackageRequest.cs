namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: processing job package request.</summary>
public sealed record ProcessingJobPackageRequest
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Unit of measure.</summary>
    public string? UnitOfMeasure { get; init; }
}
