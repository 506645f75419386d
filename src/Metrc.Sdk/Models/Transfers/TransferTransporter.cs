namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: transfer transporter.</summary>
public sealed record TransferTransporter
{
    /// <summary>Shipment delivery id.</summary>
    public long? ShipmentDeliveryId { get; init; }

    /// <summary>Transporter facility license number.</summary>
    public string? TransporterFacilityLicenseNumber { get; init; }

    /// <summary>Transporter facility name.</summary>
    public string? TransporterFacilityName { get; init; }

    /// <summary>Transporter direction.</summary>
    public string? TransporterDirection { get; init; }
}
