namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: plant additive.</summary>
public sealed record PlantAdditive
{
    /// <summary>Additive type name.</summary>
    public string? AdditiveTypeName { get; init; }

    /// <summary>Product trade name.</summary>
    public string? ProductTradeName { get; init; }

    /// <summary>Epa registration number.</summary>
    public string? EpaRegistrationNumber { get; init; }

    /// <summary>Product supplier.</summary>
    public string? ProductSupplier { get; init; }

    /// <summary>Application device.</summary>
    public string? ApplicationDevice { get; init; }

    /// <summary>Amount unit of measure.</summary>
    public string? AmountUnitOfMeasure { get; init; }

    /// <summary>Total amount applied.</summary>
    public decimal? TotalAmountApplied { get; init; }

    /// <summary>Plant batch id.</summary>
    public long? PlantBatchId { get; init; }

    /// <summary>Plant batch name.</summary>
    public string? PlantBatchName { get; init; }

    /// <summary>Plant count.</summary>
    public int? PlantCount { get; init; }

    /// <summary>Restrictive entry interval quantity description.</summary>
    public decimal? RestrictiveEntryIntervalQuantityDescription { get; init; }

    /// <summary>Restrictive entry interval time description.</summary>
    public string? RestrictiveEntryIntervalTimeDescription { get; init; }

    /// <summary>Rate.</summary>
    public string? Rate { get; init; }

    /// <summary>Volume.</summary>
    public decimal? Volume { get; init; }

    /// <summary>Note.</summary>
    public string? Note { get; init; }
}
