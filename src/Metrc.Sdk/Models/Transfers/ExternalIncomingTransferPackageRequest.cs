using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: external incoming transfer package request.</summary>
public sealed record ExternalIncomingTransferPackageRequest
{
    /// <summary>Item name.</summary>
    public string? ItemName { get; init; }

    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Unit of measure name.</summary>
    public string? UnitOfMeasureName { get; init; }

    /// <summary>Packaged date.</summary>
    public OffsetDateTime? PackagedDate { get; init; }

    /// <summary>Expiration date.</summary>
    public LocalDate? ExpirationDate { get; init; }

    /// <summary>Sell by date.</summary>
    public LocalDate? SellByDate { get; init; }

    /// <summary>Use by date.</summary>
    public LocalDate? UseByDate { get; init; }

    /// <summary>Gross weight.</summary>
    public decimal? GrossWeight { get; init; }

    /// <summary>Gross unit of weight name.</summary>
    public string? GrossUnitOfWeightName { get; init; }

    /// <summary>Wholesale price.</summary>
    public decimal? WholesalePrice { get; init; }

    /// <summary>External id.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Whether finished good.</summary>
    public bool? IsFinishedGood { get; init; }
}
