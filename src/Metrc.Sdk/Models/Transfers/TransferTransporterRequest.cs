using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: transfer transporter request.</summary>
public sealed record TransferTransporterRequest
{
    /// <summary>Transporter facility license number.</summary>
    public string? TransporterFacilityLicenseNumber { get; init; }

    /// <summary>Driver occupational license number.</summary>
    public string? DriverOccupationalLicenseNumber { get; init; }

    /// <summary>Driver name.</summary>
    public string? DriverName { get; init; }

    /// <summary>Driver license number.</summary>
    public string? DriverLicenseNumber { get; init; }

    /// <summary>Driver layover leg.</summary>
    public string? DriverLayoverLeg { get; init; }

    /// <summary>Phone number for questions.</summary>
    public string? PhoneNumberForQuestions { get; init; }

    /// <summary>Vehicle make.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Vehicle model.</summary>
    public string? VehicleModel { get; init; }

    /// <summary>Vehicle license plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>Whether layover.</summary>
    public bool? IsLayover { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Estimated arrival date time.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>Transporter details.</summary>
    public IReadOnlyList<TransferTransporterDetailRequest>? TransporterDetails { get; init; }
}
