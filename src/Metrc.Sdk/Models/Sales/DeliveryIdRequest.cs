namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: delivery id request.</summary>
public sealed record DeliveryIdRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }
}
