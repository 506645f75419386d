namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: update sales receipt request transaction.</summary>
public sealed record UpdateSalesReceiptRequestTransaction
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Unit of measure.</summary>
    public string? UnitOfMeasure { get; init; }

    /// <summary>Total amount.</summary>
    public decimal? TotalAmount { get; init; }

    /// <summary>Unit thc percent.</summary>
    public decimal? UnitThcPercent { get; init; }

    /// <summary>Unit thc content.</summary>
    public decimal? UnitThcContent { get; init; }

    /// <summary>Unit thc content unit of measure.</summary>
    public string? UnitThcContentUnitOfMeasure { get; init; }

    /// <summary>Unit weight.</summary>
    public decimal? UnitWeight { get; init; }

    /// <summary>Unit weight unit of measure.</summary>
    public string? UnitWeightUnitOfMeasure { get; init; }

    /// <summary>Invoice number.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>Price.</summary>
    public decimal? Price { get; init; }

    /// <summary>Excise tax.</summary>
    public decimal? ExciseTax { get; init; }

    /// <summary>City tax.</summary>
    public decimal? CityTax { get; init; }

    /// <summary>County tax.</summary>
    public decimal? CountyTax { get; init; }

    /// <summary>Municipal tax.</summary>
    public decimal? MunicipalTax { get; init; }

    /// <summary>Discount amount.</summary>
    public decimal? DiscountAmount { get; init; }

    /// <summary>Sub total.</summary>
    public decimal? SubTotal { get; init; }

    /// <summary>Sales tax.</summary>
    public decimal? SalesTax { get; init; }

    /// <summary>Qr codes.</summary>
    public string? QrCodes { get; init; }
}
