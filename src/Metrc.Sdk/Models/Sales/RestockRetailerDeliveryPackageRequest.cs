namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: restock retailer delivery package request.</summary>
public sealed record RestockRetailerDeliveryPackageRequest
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Unit of measure.</summary>
    public string? UnitOfMeasure { get; init; }

    /// <summary>Total price.</summary>
    public decimal? TotalPrice { get; init; }

    /// <summary>Remove current package.</summary>
    public bool? RemoveCurrentPackage { get; init; }
}
