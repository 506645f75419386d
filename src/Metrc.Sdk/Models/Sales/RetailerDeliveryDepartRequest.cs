namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: retailer delivery depart request.</summary>
public sealed record RetailerDeliveryDepartRequest
{
    /// <summary>Retailer delivery id.</summary>
    public long? RetailerDeliveryId { get; init; }
}
