namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: transfer transporter detail request.</summary>
public sealed record TransferTransporterDetailRequest
{
    /// <summary>Driver occupational license number.</summary>
    public string? DriverOccupationalLicenseNumber { get; init; }

    /// <summary>Driver name.</summary>
    public string? DriverName { get; init; }

    /// <summary>Driver license number.</summary>
    public string? DriverLicenseNumber { get; init; }

    /// <summary>Driver layover leg.</summary>
    public string? DriverLayoverLeg { get; init; }

    /// <summary>Vehicle make.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Vehicle model.</summary>
    public string? VehicleModel { get; init; }

    /// <summary>Vehicle license plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }
}
