using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: retailer delivery package request.</summary>
public sealed record RetailerDeliveryPackageRequest
{
    /// <summary>Date time.</summary>
    public OffsetDateTime? DateTime { get; init; }

    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Unit of measure.</summary>
    public string? UnitOfMeasure { get; init; }

    /// <summary>Total price.</summary>
    public decimal? TotalPrice { get; init; }
}
