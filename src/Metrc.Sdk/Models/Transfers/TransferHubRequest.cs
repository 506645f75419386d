namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: transfer hub request.</summary>
public sealed record TransferHubRequest
{
    /// <summary>Shipment delivery id.</summary>
    public long? ShipmentDeliveryId { get; init; }

    /// <summary>Transporter direction.</summary>
    public string? TransporterDirection { get; init; }
}
