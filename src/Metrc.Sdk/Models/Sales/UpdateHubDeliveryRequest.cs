using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update hub delivery request.</summary>
public sealed record UpdateHubDeliveryRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Transporter facility id.</summary>
    public string? TransporterFacilityId { get; init; }

    /// <summary>Driver employee id.</summary>
    public string? DriverEmployeeId { get; init; }

    /// <summary>Driver name.</summary>
    public string? DriverName { get; init; }

    /// <summary>Drivers license number.</summary>
    public string? DriversLicenseNumber { get; init; }

    /// <summary>Phone number for questions.</summary>
    public string? PhoneNumberForQuestions { get; init; }

    /// <summary>Vehicle make.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Vehicle model.</summary>
    public string? VehicleModel { get; init; }

    /// <summary>Vehicle license plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>Planned route.</summary>
    public string? PlannedRoute { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Estimated arrival date time.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }
}
