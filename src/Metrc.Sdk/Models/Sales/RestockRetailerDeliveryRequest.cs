using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: restock retailer delivery request.</summary>
public sealed record RestockRetailerDeliveryRequest
{
    /// <summary>Retailer delivery id.</summary>
    public long? RetailerDeliveryId { get; init; }

    /// <summary>Date time.</summary>
    public OffsetDateTime? DateTime { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Destinations.</summary>
    public string? Destinations { get; init; }

    /// <summary>Packages.</summary>
    public IReadOnlyList<RestockRetailerDeliveryPackageRequest>? Packages { get; init; }
}
