using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: sales delivery.</summary>
public sealed record SalesDelivery
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Delivery number.</summary>
    public string? DeliveryNumber { get; init; }

    /// <summary>Facility license number.</summary>
    public string? FacilityLicenseNumber { get; init; }

    /// <summary>Facility name.</summary>
    public string? FacilityName { get; init; }

    /// <summary>Shipper facility license number.</summary>
    public string? ShipperFacilityLicenseNumber { get; init; }

    /// <summary>Transporter facility id.</summary>
    public long? TransporterFacilityId { get; init; }

    /// <summary>Transporter facility license number.</summary>
    public string? TransporterFacilityLicenseNumber { get; init; }

    /// <summary>Transporter facility name.</summary>
    public string? TransporterFacilityName { get; init; }

    /// <summary>Sales date time.</summary>
    public OffsetDateTime? SalesDateTime { get; init; }

    /// <summary>Sales customer type.</summary>
    public string? SalesCustomerType { get; init; }

    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Consumer id.</summary>
    public string? ConsumerId { get; init; }

    /// <summary>Driver employee id.</summary>
    public string? DriverEmployeeId { get; init; }

    /// <summary>Driver name.</summary>
    public string? DriverName { get; init; }

    /// <summary>Drivers license number.</summary>
    public string? DriversLicenseNumber { get; init; }

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

    /// <summary>Recipient delivery zone id.</summary>
    public long? RecipientDeliveryZoneId { get; init; }

    /// <summary>Recipient zone id.</summary>
    public long? RecipientZoneId { get; init; }

    /// <summary>Recipient delivery zone name.</summary>
    public string? RecipientDeliveryZoneName { get; init; }

    /// <summary>Recipient address county.</summary>
    public string? RecipientAddressCounty { get; init; }

    /// <summary>Recipient address state.</summary>
    public string? RecipientAddressState { get; init; }

    /// <summary>Recipient address postal code.</summary>
    public string? RecipientAddressPostalCode { get; init; }

    /// <summary>Planned route.</summary>
    public string? PlannedRoute { get; init; }

    /// <summary>Direction.</summary>
    public string? Direction { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Actual departure date time.</summary>
    public OffsetDateTime? ActualDepartureDateTime { get; init; }

    /// <summary>Estimated arrival date time.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>Actual arrival date time.</summary>
    public OffsetDateTime? ActualArrivalDateTime { get; init; }

    /// <summary>Estimated return departure date time.</summary>
    public OffsetDateTime? EstimatedReturnDepartureDateTime { get; init; }

    /// <summary>Actual return departure date time.</summary>
    public OffsetDateTime? ActualReturnDepartureDateTime { get; init; }

    /// <summary>Estimated return arrival date time.</summary>
    public OffsetDateTime? EstimatedReturnArrivalDateTime { get; init; }

    /// <summary>Actual return arrival date time.</summary>
    public OffsetDateTime? ActualReturnArrivalDateTime { get; init; }

    /// <summary>Total packages.</summary>
    public int? TotalPackages { get; init; }

    /// <summary>Total price.</summary>
    public decimal? TotalPrice { get; init; }

    /// <summary>Accepted date time.</summary>
    public OffsetDateTime? AcceptedDateTime { get; init; }

    /// <summary>Transactions.</summary>
    public IReadOnlyList<string>? Transactions { get; init; }

    /// <summary>Completed date time.</summary>
    public OffsetDateTime? CompletedDateTime { get; init; }

    /// <summary>Sales delivery state.</summary>
    public string? SalesDeliveryState { get; init; }

    /// <summary>Voided date.</summary>
    public LocalDate? VoidedDate { get; init; }

    /// <summary>Recorded date time.</summary>
    public OffsetDateTime? RecordedDateTime { get; init; }

    /// <summary>Recorded by user name.</summary>
    public string? RecordedByUserName { get; init; }

    /// <summary>Last modified.</summary>
    public OffsetDateTime? LastModified { get; init; }
}
