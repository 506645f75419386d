namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update outgoing transfer request.</summary>
public sealed record UpdateOutgoingTransferRequest
{
    /// <summary>Transfer template id.</summary>
    public long? TransferTemplateId { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

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
    public IReadOnlyList<UpdateOutgoingTransferDestinationRequest>? Destinations { get; init; }
}
