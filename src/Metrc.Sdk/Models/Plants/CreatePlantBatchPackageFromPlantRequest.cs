using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create plant batch package from plant request.</summary>
public sealed record CreatePlantBatchPackageFromPlantRequest
{
    /// <summary>Plant label.</summary>
    public string? PlantLabel { get; init; }

    /// <summary>Package tag.</summary>
    public string? PackageTag { get; init; }

    /// <summary>Plant batch type.</summary>
    public string? PlantBatchType { get; init; }

    /// <summary>Item.</summary>
    public string? Item { get; init; }

    /// <summary>Location.</summary>
    public string? Location { get; init; }

    /// <summary>Sublocation.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Note.</summary>
    public string? Note { get; init; }

    /// <summary>Whether trade sample.</summary>
    public bool? IsTradeSample { get; init; }

    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Whether donation.</summary>
    public bool? IsDonation { get; init; }

    /// <summary>Count.</summary>
    public int? Count { get; init; }

    /// <summary>Actual date.</summary>
    public OffsetDateTime? ActualDate { get; init; }
}
