using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create package plantings request.</summary>
public sealed record CreatePackagePlantingsRequest
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Package adjustment amount.</summary>
    public decimal? PackageAdjustmentAmount { get; init; }

    /// <summary>Package adjustment unit of measure name.</summary>
    public string? PackageAdjustmentUnitOfMeasureName { get; init; }

    /// <summary>Plant batch name.</summary>
    public string? PlantBatchName { get; init; }

    /// <summary>Plant batch type.</summary>
    public string? PlantBatchType { get; init; }

    /// <summary>Plant count.</summary>
    public int? PlantCount { get; init; }

    /// <summary>Location name.</summary>
    public string? LocationName { get; init; }

    /// <summary>Sublocation name.</summary>
    public string? SublocationName { get; init; }

    /// <summary>Strain name.</summary>
    public string? StrainName { get; init; }

    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Planted date.</summary>
    public OffsetDateTime? PlantedDate { get; init; }

    /// <summary>Unpackaged date.</summary>
    public OffsetDateTime? UnpackagedDate { get; init; }
}
