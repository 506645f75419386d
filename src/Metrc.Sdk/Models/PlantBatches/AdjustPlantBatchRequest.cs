using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: adjust plant batch request.</summary>
public sealed record AdjustPlantBatchRequest
{
    /// <summary>Plant batch name.</summary>
    public string? PlantBatchName { get; init; }

    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Adjustment reason.</summary>
    public string? AdjustmentReason { get; init; }

    /// <summary>Adjustment date.</summary>
    public LocalDate? AdjustmentDate { get; init; }

    /// <summary>Reason note.</summary>
    public string? ReasonNote { get; init; }
}
