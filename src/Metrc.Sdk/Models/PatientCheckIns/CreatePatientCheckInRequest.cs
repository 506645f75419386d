using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create patient check in request.</summary>
public sealed record CreatePatientCheckInRequest
{
    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Check in location id.</summary>
    public long? CheckInLocationId { get; init; }

    /// <summary>Registration start date.</summary>
    public LocalDate? RegistrationStartDate { get; init; }

    /// <summary>Registration expiry date.</summary>
    public LocalDate? RegistrationExpiryDate { get; init; }

    /// <summary>Check in date.</summary>
    public LocalDate? CheckInDate { get; init; }
}
