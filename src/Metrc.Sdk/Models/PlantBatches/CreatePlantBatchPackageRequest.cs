using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create plant batch package request.</summary>
public sealed record CreatePlantBatchPackageRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Plant batch.</summary>
    public string? PlantBatch { get; init; }

    /// <summary>Count.</summary>
    public int? Count { get; init; }

    /// <summary>Location.</summary>
    public string? Location { get; init; }

    /// <summary>Sublocation.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Item.</summary>
    public string? Item { get; init; }

    /// <summary>Tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Note.</summary>
    public string? Note { get; init; }

    /// <summary>Whether trade sample.</summary>
    public bool? IsTradeSample { get; init; }

    /// <summary>Whether donation.</summary>
    public bool? IsDonation { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }

    /// <summary>Expiration date.</summary>
    public LocalDate? ExpirationDate { get; init; }

    /// <summary>Sell by date.</summary>
    public LocalDate? SellByDate { get; init; }

    /// <summary>Use by date.</summary>
    public LocalDate? UseByDate { get; init; }
}
