using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of <c>POST /packages/v2</c>: a new package made from existing packages.</summary>
public sealed record CreatePackageRequest
{
    /// <summary>The unused package tag for the new package.</summary>
    public required string Tag { get; init; }

    /// <summary>The location name for the new package; omitted to keep the source's location.</summary>
    public string? Location { get; init; }

    /// <summary>The item (product) name of the new package.</summary>
    public required string Item { get; init; }

    /// <summary>Quantity of the new package.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Unit of <see cref="Quantity"/> (for example <c>Grams</c>).</summary>
    public required string UnitOfMeasure { get; init; }

    /// <summary>The day the package was made. A business date in the facility's calendar (its time zone, not UTC); not after <see cref="MetrcClock.GetToday(string)"/>, which gives today for the facility.</summary>
    public required LocalDate ActualDate { get; init; }

    /// <summary>Whether the package is a production batch.</summary>
    public bool IsProductionBatch { get; init; }

    /// <summary>The production batch number, when <see cref="IsProductionBatch"/>.</summary>
    public string? ProductionBatchNumber { get; init; }

    /// <summary>A free-text note.</summary>
    public string? Note { get; init; }

    /// <summary>The packages the new package is made from.</summary>
    public required IReadOnlyList<PackageIngredient> Ingredients { get; init; }

    /// <summary>Name of the sublocation inside the location, if the facility uses sublocations.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Licence number of the patient this record is tied to (medical programs); empty otherwise.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Whether it is a donation.</summary>
    public bool IsDonation { get; init; }

    /// <summary>Whether it is a trade sample.</summary>
    public bool IsTradeSample { get; init; }

    /// <summary>Whether it is flagged as a finished good.</summary>
    public bool IsFinishedGood { get; init; }

    /// <summary>Whether the product must be remediated before it can be sold.</summary>
    public bool ProductRequiresRemediation { get; init; }

    /// <summary>Whether the new package keeps the item of its source package.</summary>
    public bool UseSameItem { get; init; }

    /// <summary>Expiration day printed on the product (facility-local calendar day).</summary>
    public LocalDate? ExpirationDate { get; init; }

    /// <summary>Sell-by day (facility-local calendar day).</summary>
    public LocalDate? SellByDate { get; init; }

    /// <summary>Use-by day (facility-local calendar day).</summary>
    public LocalDate? UseByDate { get; init; }

    /// <summary>Names of the lab test batches the new package must pass.</summary>
    public IReadOnlyList<string>? RequiredLabTestBatches { get; init; }

    /// <summary>Metrc id of the processing job type that applies, if any.</summary>
    public long? ProcessingJobTypeId { get; init; }

    /// <summary>Metrc id of the lab test stage, if the state uses stages.</summary>
    public long? LabTestStageId { get; init; }
}

/// <summary>A source package and the quantity taken from it.</summary>
public sealed record PackageIngredient
{
    /// <summary>The source package's tag.</summary>
    public required string Package { get; init; }

    /// <summary>Quantity taken from the source.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Unit of <see cref="Quantity"/>.</summary>
    public required string UnitOfMeasure { get; init; }
}

/// <summary>A row of <c>PUT /packages/v2/finish</c>.</summary>
public sealed record FinishPackageRequest
{
    /// <summary>The package's tag.</summary>
    public required string Label { get; init; }

    /// <summary>The day the package was finished. A business date in the facility's calendar (its time zone, not UTC); not after <see cref="MetrcClock.GetToday(string)"/>, which gives today for the facility.</summary>
    public required LocalDate ActualDate { get; init; }
}

/// <summary>A row of <c>PUT /packages/v2/unfinish</c>.</summary>
public sealed record UnfinishPackageRequest
{
    /// <summary>The package's tag.</summary>
    public required string Label { get; init; }
}

/// <summary>A row of <c>POST /packages/v2/adjust</c>.</summary>
public sealed record AdjustPackageRequest
{
    /// <summary>The package's tag.</summary>
    public required string Label { get; init; }

    /// <summary>The signed change of quantity (negative to reduce).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Unit of <see cref="Quantity"/>.</summary>
    public required string UnitOfMeasure { get; init; }

    /// <summary>The adjustment reason as configured in Metrc (for example <c>Drying</c>).</summary>
    public required string AdjustmentReason { get; init; }

    /// <summary>The day of the adjustment. A business date in the facility's calendar (its time zone, not UTC); not after <see cref="MetrcClock.GetToday(string)"/>, which gives today for the facility.</summary>
    public required LocalDate AdjustmentDate { get; init; }

    /// <summary>A note; some reasons require one.</summary>
    public string? ReasonNote { get; init; }
}
