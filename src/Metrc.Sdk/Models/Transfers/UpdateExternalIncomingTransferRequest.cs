namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update external incoming transfer request.</summary>
public sealed record UpdateExternalIncomingTransferRequest
{
    /// <summary>Transfer id.</summary>
    public long? TransferId { get; init; }

    /// <summary>Shipper license number.</summary>
    public string? ShipperLicenseNumber { get; init; }

    /// <summary>Shipper name.</summary>
    public string? ShipperName { get; init; }

    /// <summary>Shipper main phone number.</summary>
    public string? ShipperMainPhoneNumber { get; init; }

    /// <summary>Shipper address 1.</summary>
    public string? ShipperAddress1 { get; init; }

    /// <summary>Shipper address 2.</summary>
    public string? ShipperAddress2 { get; init; }

    /// <summary>Shipper address city.</summary>
    public string? ShipperAddressCity { get; init; }

    /// <summary>Shipper address state.</summary>
    public string? ShipperAddressState { get; init; }

    /// <summary>Shipper address postal code.</summary>
    public string? ShipperAddressPostalCode { get; init; }

    /// <summary>Transporter facility license number.</summary>
    public string? TransporterFacilityLicenseNumber { get; init; }

    /// <summary>Driver occupational license number.</summary>
    public string? DriverOccupationalLicenseNumber { get; init; }

    /// <summary>Driver name.</summary>
    public string? DriverName { get; init; }

    /// <summary>Driver license number.</summary>
    public string? DriverLicenseNumber { get; init; }

    /// <summary>Phone number for questions.</summary>
    public string? PhoneNumberForQuestions { get; init; }

    /// <summary>Vehicle make.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Vehicle model.</summary>
    public string? VehicleModel { get; init; }

    /// <summary>Vehicle license plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>Destinations.</summary>
    public IReadOnlyList<UpdateExternalIncomingTransferDestinationRequest>? Destinations { get; init; }
}
