using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: processing job.</summary>
public sealed record ProcessingJob
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Number.</summary>
    public string? Number { get; init; }

    /// <summary>Job type id.</summary>
    public long? JobTypeId { get; init; }

    /// <summary>Job type name.</summary>
    public string? JobTypeName { get; init; }

    /// <summary>Start date.</summary>
    public LocalDate? StartDate { get; init; }

    /// <summary>Total count.</summary>
    public decimal? TotalCount { get; init; }

    /// <summary>Count unit of measure id.</summary>
    public long? CountUnitOfMeasureId { get; init; }

    /// <summary>Count unit of measure name.</summary>
    public string? CountUnitOfMeasureName { get; init; }

    /// <summary>Count unit of measure abbreviation.</summary>
    public string? CountUnitOfMeasureAbbreviation { get; init; }

    /// <summary>Total volume.</summary>
    public decimal? TotalVolume { get; init; }

    /// <summary>Volume unit of measure id.</summary>
    public long? VolumeUnitOfMeasureId { get; init; }

    /// <summary>Volume unit of measure name.</summary>
    public string? VolumeUnitOfMeasureName { get; init; }

    /// <summary>Volume unit of measure abbreviation.</summary>
    public string? VolumeUnitOfMeasureAbbreviation { get; init; }

    /// <summary>Total weight.</summary>
    public decimal? TotalWeight { get; init; }

    /// <summary>Weight unit of measure id.</summary>
    public long? WeightUnitOfMeasureId { get; init; }

    /// <summary>Weight unit of measure name.</summary>
    public string? WeightUnitOfMeasureName { get; init; }

    /// <summary>Weight unit of measure abbreviation.</summary>
    public string? WeightUnitOfMeasureAbbreviation { get; init; }

    /// <summary>Total count waste.</summary>
    public string? TotalCountWaste { get; init; }

    /// <summary>Waste count unit of measure id.</summary>
    public long? WasteCountUnitOfMeasureId { get; init; }

    /// <summary>Waste count unit of measure name.</summary>
    public string? WasteCountUnitOfMeasureName { get; init; }

    /// <summary>Waste count unit of measure abbreviation.</summary>
    public string? WasteCountUnitOfMeasureAbbreviation { get; init; }

    /// <summary>Total volume waste.</summary>
    public string? TotalVolumeWaste { get; init; }

    /// <summary>Waste volume unit of measure id.</summary>
    public long? WasteVolumeUnitOfMeasureId { get; init; }

    /// <summary>Waste volume unit of measure name.</summary>
    public string? WasteVolumeUnitOfMeasureName { get; init; }

    /// <summary>Waste volume unit of measure abbreviation.</summary>
    public string? WasteVolumeUnitOfMeasureAbbreviation { get; init; }

    /// <summary>Total weight waste.</summary>
    public decimal? TotalWeightWaste { get; init; }

    /// <summary>Waste weight unit of measure id.</summary>
    public long? WasteWeightUnitOfMeasureId { get; init; }

    /// <summary>Waste weight unit of measure name.</summary>
    public string? WasteWeightUnitOfMeasureName { get; init; }

    /// <summary>Waste weight unit of measure abbreviation.</summary>
    public string? WasteWeightUnitOfMeasureAbbreviation { get; init; }

    /// <summary>Packages.</summary>
    public IReadOnlyList<string>? Packages { get; init; }

    /// <summary>Whether finished.</summary>
    public bool IsFinished { get; init; }

    /// <summary>Finish note.</summary>
    public string? FinishNote { get; init; }

    /// <summary>Finished date.</summary>
    public LocalDate? FinishedDate { get; init; }

    /// <summary>Total unit of measure id.</summary>
    public long? TotalUnitOfMeasureId { get; init; }

    /// <summary>Total quantity.</summary>
    public decimal? TotalQuantity { get; init; }
}
