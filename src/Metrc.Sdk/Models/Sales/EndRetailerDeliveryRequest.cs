using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: end retailer delivery request.</summary>
public sealed record EndRetailerDeliveryRequest
{
    /// <summary>Retailer delivery id.</summary>
    public long? RetailerDeliveryId { get; init; }

    /// <summary>Actual arrival date time.</summary>
    public OffsetDateTime? ActualArrivalDateTime { get; init; }

    /// <summary>Packages.</summary>
    public IReadOnlyList<EndRetailerDeliveryPackageRequest>? Packages { get; init; }
}
