namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: end retailer delivery package request.</summary>
public sealed record EndRetailerDeliveryPackageRequest
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>End quantity.</summary>
    public decimal? EndQuantity { get; init; }

    /// <summary>End unit of measure.</summary>
    public string? EndUnitOfMeasure { get; init; }
}
