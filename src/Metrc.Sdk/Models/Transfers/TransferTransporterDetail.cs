using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: transfer transporter detail.</summary>
public sealed record TransferTransporterDetail
{
    /// <summary>Shipment delivery id.</summary>
    public long? ShipmentDeliveryId { get; init; }

    /// <summary>Driver name.</summary>
    public string? DriverName { get; init; }

    /// <summary>Driver occupational license number.</summary>
    public string? DriverOccupationalLicenseNumber { get; init; }

    /// <summary>Driver vehicle license number.</summary>
    public string? DriverVehicleLicenseNumber { get; init; }

    /// <summary>Driver layover leg.</summary>
    public string? DriverLayoverLeg { get; init; }

    /// <summary>Vehicle make.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Vehicle model.</summary>
    public string? VehicleModel { get; init; }

    /// <summary>Vehicle license plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>Actual driver start date time.</summary>
    public OffsetDateTime? ActualDriverStartDateTime { get; init; }
}
