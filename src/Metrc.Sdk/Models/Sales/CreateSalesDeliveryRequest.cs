using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create sales delivery request.</summary>
public sealed record CreateSalesDeliveryRequest
{
    /// <summary>Transporter facility license number.</summary>
    public string? TransporterFacilityLicenseNumber { get; init; }

    /// <summary>Sales date time.</summary>
    public OffsetDateTime? SalesDateTime { get; init; }

    /// <summary>Sales customer type.</summary>
    public string? SalesCustomerType { get; init; }

    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Consumer id.</summary>
    public long? ConsumerId { get; init; }

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

    /// <summary>Recipient name.</summary>
    public string? RecipientName { get; init; }

    /// <summary>Recipient address street 1.</summary>
    public string? RecipientAddressStreet1 { get; init; }

    /// <summary>Recipient address street 2.</summary>
    public string? RecipientAddressStreet2 { get; init; }

    /// <summary>Recipient address city.</summary>
    public string? RecipientAddressCity { get; init; }

    /// <summary>Recipient address county.</summary>
    public string? RecipientAddressCounty { get; init; }

    /// <summary>Recipient address state.</summary>
    public string? RecipientAddressState { get; init; }

    /// <summary>Recipient address postal code.</summary>
    public string? RecipientAddressPostalCode { get; init; }

    /// <summary>Recipient zone id.</summary>
    public long? RecipientZoneId { get; init; }

    /// <summary>Planned route.</summary>
    public string? PlannedRoute { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Estimated arrival date time.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>Transactions.</summary>
    public IReadOnlyList<CreateSalesTransaction>? Transactions { get; init; }
}
