using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: adjust processing job request.</summary>
public sealed record AdjustProcessingJobRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Adjustment reason.</summary>
    public string? AdjustmentReason { get; init; }

    /// <summary>Adjustment date.</summary>
    public OffsetDateTime? AdjustmentDate { get; init; }

    /// <summary>Adjustment note.</summary>
    public string? AdjustmentNote { get; init; }

    /// <summary>Count unit of measure name.</summary>
    public string? CountUnitOfMeasureName { get; init; }

    /// <summary>Volume unit of measure name.</summary>
    public string? VolumeUnitOfMeasureName { get; init; }

    /// <summary>Weight unit of measure name.</summary>
    public string? WeightUnitOfMeasureName { get; init; }

    /// <summary>Packages.</summary>
    public IReadOnlyList<ProcessingJobPackageRequest>? Packages { get; init; }
}
