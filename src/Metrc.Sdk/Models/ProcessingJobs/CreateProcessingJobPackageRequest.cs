using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create processing job package request.</summary>
public sealed record CreateProcessingJobPackageRequest
{
    /// <summary>Job name.</summary>
    public string? JobName { get; init; }

    /// <summary>Tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Location.</summary>
    public string? Location { get; init; }

    /// <summary>Sublocation.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Item.</summary>
    public string? Item { get; init; }

    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Unit of measure.</summary>
    public string? UnitOfMeasure { get; init; }

    /// <summary>Whether finished good.</summary>
    public bool? IsFinishedGood { get; init; }

    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Note.</summary>
    public string? Note { get; init; }

    /// <summary>Production batch number.</summary>
    public string? ProductionBatchNumber { get; init; }

    /// <summary>Finish processing job.</summary>
    public bool? FinishProcessingJob { get; init; }

    /// <summary>Finish date.</summary>
    public LocalDate? FinishDate { get; init; }

    /// <summary>Waste count quantity.</summary>
    public decimal? WasteCountQuantity { get; init; }

    /// <summary>Waste count unit of measure name.</summary>
    public string? WasteCountUnitOfMeasureName { get; init; }

    /// <summary>Waste volume quantity.</summary>
    public decimal? WasteVolumeQuantity { get; init; }

    /// <summary>Waste volume unit of measure name.</summary>
    public string? WasteVolumeUnitOfMeasureName { get; init; }

    /// <summary>Waste weight quantity.</summary>
    public decimal? WasteWeightQuantity { get; init; }

    /// <summary>Waste weight unit of measure name.</summary>
    public string? WasteWeightUnitOfMeasureName { get; init; }

    /// <summary>Finish note.</summary>
    public string? FinishNote { get; init; }

    /// <summary>Package date.</summary>
    public LocalDate? PackageDate { get; init; }

    /// <summary>Expiration date.</summary>
    public LocalDate? ExpirationDate { get; init; }

    /// <summary>Sell by date.</summary>
    public LocalDate? SellByDate { get; init; }

    /// <summary>Use by date.</summary>
    public LocalDate? UseByDate { get; init; }
}
