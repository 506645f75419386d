using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create plant plantings request.</summary>
public sealed record CreatePlantPlantingsRequest
{
    /// <summary>Plant label.</summary>
    public string? PlantLabel { get; init; }

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

    /// <summary>Actual date.</summary>
    public OffsetDateTime? ActualDate { get; init; }
}
