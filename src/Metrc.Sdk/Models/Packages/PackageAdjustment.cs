using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: package adjustment.</summary>
public sealed record PackageAdjustment
{
    /// <summary>Package id.</summary>
    public long? PackageId { get; init; }

    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Item name.</summary>
    public string? ItemName { get; init; }

    /// <summary>Item category name.</summary>
    public string? ItemCategoryName { get; init; }

    /// <summary>Adjustment quantity.</summary>
    public decimal? AdjustmentQuantity { get; init; }

    /// <summary>Adjustment unit of measure name.</summary>
    public string? AdjustmentUnitOfMeasureName { get; init; }

    /// <summary>Adjustment unit of measure abbreviation.</summary>
    public string? AdjustmentUnitOfMeasureAbbreviation { get; init; }

    /// <summary>Adjustment reason name.</summary>
    public string? AdjustmentReasonName { get; init; }

    /// <summary>Adjustment note.</summary>
    public string? AdjustmentNote { get; init; }

    /// <summary>Adjustment date.</summary>
    public OffsetDateTime? AdjustmentDate { get; init; }

    /// <summary>Packaged date.</summary>
    public OffsetDateTime? PackagedDate { get; init; }

    /// <summary>Adjusted by user name.</summary>
    public string? AdjustedByUserName { get; init; }

    /// <summary>Package lab test result expiration date time.</summary>
    public OffsetDateTime? PackageLabTestResultExpirationDateTime { get; init; }
}
