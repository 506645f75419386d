using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of <c>POST /plantbatches/v2/growthphase</c>: tag plants out of a batch into a growth phase.</summary>
public sealed record ChangePlantBatchGrowthPhaseRequest
{
    /// <summary>The plant batch's name.</summary>
    public required string Name { get; init; }

    /// <summary>How many plants to tag; consecutive tags from <see cref="StartingTag"/> are used.</summary>
    public required int Count { get; init; }

    /// <summary>The first plant tag.</summary>
    public required string StartingTag { get; init; }

    /// <summary>The new growth phase (<c>Vegetative</c>).</summary>
    public required string GrowthPhase { get; init; }

    /// <summary>The location of the new plants.</summary>
    public required string NewLocation { get; init; }

    /// <summary>The day of the change. A business date in the facility's calendar (its time zone, not UTC); not after <see cref="MetrcClock.GetToday(string)"/>, which gives today for the facility.</summary>
    public required LocalDate GrowthDate { get; init; }

    /// <summary>Name of the sublocation to move to, if the facility uses sublocations.</summary>
    public string? NewSublocation { get; init; }

    /// <summary>Licence number of the patient this record is tied to (medical programs); empty otherwise.</summary>
    public string? PatientLicenseNumber { get; init; }
}

/// <summary>A row of <c>PUT /plants/v2/growthphase</c>.</summary>
public sealed record ChangePlantGrowthPhaseRequest
{
    /// <summary>The plant's tag.</summary>
    public required string Label { get; init; }

    /// <summary>The new growth phase (<c>Flowering</c>).</summary>
    public required string GrowthPhase { get; init; }

    /// <summary>The plant's new location.</summary>
    public required string NewLocation { get; init; }

    /// <summary>The day of the change. A business date in the facility's calendar (its time zone, not UTC); not after <see cref="MetrcClock.GetToday(string)"/>, which gives today for the facility.</summary>
    public required LocalDate GrowthDate { get; init; }

    /// <summary>Metrc id of the plant; give it or the label.</summary>
    public long? Id { get; init; }

    /// <summary>Tag given to the plant as it changes phase.</summary>
    public string? NewTag { get; init; }

    /// <summary>Name of the sublocation to move to, if the facility uses sublocations.</summary>
    public string? NewSublocation { get; init; }
}

/// <summary>A row of <c>PUT /plants/v2/harvest</c> or <c>POST /plants/v2/manicure</c>.</summary>
public sealed record HarvestPlantRequest
{
    /// <summary>The plant's tag.</summary>
    public required string Plant { get; init; }

    /// <summary>The wet weight taken.</summary>
    public required decimal Weight { get; init; }

    /// <summary>Unit of <see cref="Weight"/> (a weight unit).</summary>
    public required string UnitOfWeight { get; init; }

    /// <summary>Where the harvest dries.</summary>
    public required string DryingLocation { get; init; }

    /// <summary>The harvest batch to create or add to.</summary>
    public required string HarvestName { get; init; }

    /// <summary>The day of the harvest. A business date in the facility's calendar (its time zone, not UTC); not after <see cref="MetrcClock.GetToday(string)"/>, which gives today for the facility.</summary>
    public required LocalDate ActualDate { get; init; }

    /// <summary>Name of the sublocation the harvest dries in, if the facility uses sublocations.</summary>
    public string? DryingSublocation { get; init; }

    /// <summary>Licence number of the patient this record is tied to (medical programs); empty otherwise.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>How many plants the row covers.</summary>
    public int? PlantCount { get; init; }
}

/// <summary>A row of <c>DELETE /plants/v2</c>: destroy a plant with its waste.</summary>
public sealed record DestroyPlantRequest
{
    /// <summary>The plant's tag.</summary>
    public required string Label { get; init; }

    /// <summary>The waste method (for example <c>Grinder</c>).</summary>
    public required string WasteMethodName { get; init; }

    /// <summary>The waste weight.</summary>
    public required decimal WasteWeight { get; init; }

    /// <summary>Unit of <see cref="WasteWeight"/>.</summary>
    public required string WasteUnitOfMeasureName { get; init; }

    /// <summary>The reason (for example <c>Male Plants</c>).</summary>
    public required string WasteReasonName { get; init; }

    /// <summary>A note, where the reason needs one.</summary>
    public string? ReasonNote { get; init; }

    /// <summary>The day of destruction. A business date in the facility's calendar (its time zone, not UTC); not after <see cref="MetrcClock.GetToday(string)"/>, which gives today for the facility.</summary>
    public required LocalDate ActualDate { get; init; }

    /// <summary>Metrc id of the plant; give it or the label.</summary>
    public long? Id { get; init; }

    /// <summary>Material the waste was mixed with to make it unusable.</summary>
    public string? WasteMaterialMixed { get; init; }

    /// <summary>How many plants the row covers.</summary>
    public int? Count { get; init; }
}

/// <summary>A row of <c>POST /harvests/v2/packages</c>: a package made from harvests.</summary>
public sealed record CreateHarvestPackageRequest
{
    /// <summary>The unused package tag for the new package.</summary>
    public required string Tag { get; init; }

    /// <summary>The new package's location.</summary>
    public required string Location { get; init; }

    /// <summary>The item (a weight-based product).</summary>
    public required string Item { get; init; }

    /// <summary>Unit of the ingredients' weights.</summary>
    public required string UnitOfWeight { get; init; }

    /// <summary>The day the package was made. A business date in the facility's calendar (its time zone, not UTC); not after <see cref="MetrcClock.GetToday(string)"/>, which gives today for the facility.</summary>
    public required LocalDate ActualDate { get; init; }

    /// <summary>A note.</summary>
    public string? Note { get; init; }

    /// <summary>The harvests and weights the package is made from.</summary>
    public required IReadOnlyList<HarvestIngredient> Ingredients { get; init; }

    /// <summary>Name of the sublocation inside the location, if the facility uses sublocations.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Licence number of the patient this record is tied to (medical programs); empty otherwise.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Whether the package is a production batch.</summary>
    public bool IsProductionBatch { get; init; }

    /// <summary>Production batch number, when it is a production batch.</summary>
    public string? ProductionBatchNumber { get; init; }

    /// <summary>Whether it is a trade sample.</summary>
    public bool IsTradeSample { get; init; }

    /// <summary>Whether it is a donation.</summary>
    public bool IsDonation { get; init; }

    /// <summary>Whether the product must be remediated before it can be sold.</summary>
    public bool ProductRequiresRemediation { get; init; }

    /// <summary>Whether the product is remediated as it is packaged.</summary>
    public bool RemediateProduct { get; init; }

    /// <summary>Metrc id of the remediation method used.</summary>
    public long? RemediationMethodId { get; init; }

    /// <summary>Day of the remediation (facility-local calendar day).</summary>
    public LocalDate? RemediationDate { get; init; }

    /// <summary>Free-text description of the remediation steps.</summary>
    public string? RemediationSteps { get; init; }

    /// <summary>Whether the product must be decontaminated before it can be sold.</summary>
    public bool ProductRequiresDecontamination { get; init; }

    /// <summary>Whether the product is decontaminated as it is packaged.</summary>
    public bool DecontaminateProduct { get; init; }

    /// <summary>Day of the decontamination (facility-local calendar day).</summary>
    public LocalDate? DecontaminationDate { get; init; }

    /// <summary>Free-text description of the decontamination steps.</summary>
    public string? DecontaminationSteps { get; init; }

    /// <summary>Expiration day printed on the product (facility-local calendar day).</summary>
    public LocalDate? ExpirationDate { get; init; }

    /// <summary>Sell-by day (facility-local calendar day).</summary>
    public LocalDate? SellByDate { get; init; }

    /// <summary>Use-by day (facility-local calendar day).</summary>
    public LocalDate? UseByDate { get; init; }

    /// <summary>Metrc id of the processing job type that applies, if any.</summary>
    public long? ProcessingJobTypeId { get; init; }

    /// <summary>Metrc id of the lab test stage, if the state uses stages.</summary>
    public long? LabTestStageId { get; init; }

    /// <summary>Names of the lab test batches the new package must pass.</summary>
    public IReadOnlyList<string>? RequiredLabTestBatches { get; init; }
}

/// <summary>A harvest and the weight taken from it.</summary>
public sealed record HarvestIngredient
{
    /// <summary>The harvest's name.</summary>
    public required string HarvestName { get; init; }

    /// <summary>The weight taken.</summary>
    public required decimal Weight { get; init; }

    /// <summary>Unit of <see cref="Weight"/>.</summary>
    public required string UnitOfWeight { get; init; }

    /// <summary>Metrc id of the harvest it belongs to, if any.</summary>
    public long? HarvestId { get; init; }
}
