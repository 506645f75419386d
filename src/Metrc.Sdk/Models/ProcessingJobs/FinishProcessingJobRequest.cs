using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: finish processing job request.</summary>
public sealed record FinishProcessingJobRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Finish date.</summary>
    public OffsetDateTime? FinishDate { get; init; }

    /// <summary>Finish note.</summary>
    public string? FinishNote { get; init; }

    /// <summary>Total count waste.</summary>
    public string? TotalCountWaste { get; init; }

    /// <summary>Waste count unit of measure name.</summary>
    public string? WasteCountUnitOfMeasureName { get; init; }

    /// <summary>Total volume waste.</summary>
    public string? TotalVolumeWaste { get; init; }

    /// <summary>Waste volume unit of measure name.</summary>
    public string? WasteVolumeUnitOfMeasureName { get; init; }

    /// <summary>Total weight waste.</summary>
    public decimal? TotalWeightWaste { get; init; }

    /// <summary>Waste weight unit of measure name.</summary>
    public string? WasteWeightUnitOfMeasureName { get; init; }
}
