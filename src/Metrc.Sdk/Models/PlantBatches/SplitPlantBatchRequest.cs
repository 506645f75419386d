using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: split plant batch request.</summary>
public sealed record SplitPlantBatchRequest
{
    /// <summary>Plant batch.</summary>
    public string? PlantBatch { get; init; }

    /// <summary>Group name.</summary>
    public string? GroupName { get; init; }

    /// <summary>Count.</summary>
    public int? Count { get; init; }

    /// <summary>Location.</summary>
    public string? Location { get; init; }

    /// <summary>Sublocation.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Strain.</summary>
    public string? Strain { get; init; }

    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Actual date.</summary>
    public OffsetDateTime? ActualDate { get; init; }
}
