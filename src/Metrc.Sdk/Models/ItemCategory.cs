namespace Metrc.Sdk.Models;

/// <summary>An item category defined by the state (for example <c>Buds</c>, <c>Concentrate</c>).</summary>
public sealed record ItemCategory
{
    /// <summary>The category name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The category type.</summary>
    public string? ProductCategoryType { get; init; }

    /// <summary>How items of this category are measured: <c>WeightBased</c>, <c>VolumeBased</c> or <c>CountBased</c>.</summary>
    public string? QuantityType { get; init; }

    /// <summary>Whether items of this category need a strain.</summary>
    public bool RequiresStrain { get; init; }

    /// <summary>Whether items in this category must state the item brand.</summary>
    public bool RequiresItemBrand { get; init; }

    /// <summary>Whether items in this category must state the administration method.</summary>
    public bool RequiresAdministrationMethod { get; init; }

    /// <summary>Whether items in this category must state the unit CBD percent.</summary>
    public bool RequiresUnitCbdPercent { get; init; }

    /// <summary>Whether items in this category must state the unit CBD content.</summary>
    public bool RequiresUnitCbdContent { get; init; }

    /// <summary>Whether items in this category must state the unit CBD content dose.</summary>
    public bool RequiresUnitCbdContentDose { get; init; }

    /// <summary>Whether items in this category must state the unit CBDA percent.</summary>
    public bool RequiresUnitCbdAPercent { get; init; }

    /// <summary>Whether items in this category must state the unit CBDA content.</summary>
    public bool RequiresUnitCbdAContent { get; init; }

    /// <summary>Whether items in this category must state the unit CBDA content dose.</summary>
    public bool RequiresUnitCbdAContentDose { get; init; }

    /// <summary>Whether items in this category must state the unit THC percent.</summary>
    public bool RequiresUnitThcPercent { get; init; }

    /// <summary>Whether items in this category must state the unit THC content.</summary>
    public bool RequiresUnitThcContent { get; init; }

    /// <summary>Whether items in this category must state the unit THC content dose.</summary>
    public bool RequiresUnitThcContentDose { get; init; }

    /// <summary>Whether items in this category must state the unit THCA percent.</summary>
    public bool RequiresUnitThcAPercent { get; init; }

    /// <summary>Whether items in this category must state the unit THCA content.</summary>
    public bool RequiresUnitThcAContent { get; init; }

    /// <summary>Whether items in this category must state the unit THCA content dose.</summary>
    public bool RequiresUnitThcAContentDose { get; init; }

    /// <summary>Whether items in this category must state the unit volume.</summary>
    public bool RequiresUnitVolume { get; init; }

    /// <summary>Whether items in this category must state the unit weight.</summary>
    public bool RequiresUnitWeight { get; init; }

    /// <summary>Whether items in this category must state the serving size.</summary>
    public bool RequiresServingSize { get; init; }

    /// <summary>Whether items in this category must state the supply duration days.</summary>
    public bool RequiresSupplyDurationDays { get; init; }

    /// <summary>Whether items in this category must state the number of doses.</summary>
    public bool RequiresNumberOfDoses { get; init; }

    /// <summary>Whether items in this category must state the public ingredients.</summary>
    public bool RequiresPublicIngredients { get; init; }

    /// <summary>Whether items in this category must state the description.</summary>
    public bool RequiresDescription { get; init; }

    /// <summary>Whether items in this category must state the allergens.</summary>
    public bool RequiresAllergens { get; init; }

    /// <summary>How many product photos items in this category must have.</summary>
    public int? RequiresProductPhotos { get; init; }

    /// <summary>Whether items in this category must state the product photo description.</summary>
    public bool RequiresProductPhotoDescription { get; init; }

    /// <summary>How many label photos items in this category must have.</summary>
    public int? RequiresLabelPhotos { get; init; }

    /// <summary>Whether items in this category must state the label photo description.</summary>
    public bool RequiresLabelPhotoDescription { get; init; }

    /// <summary>How many packaging photos items in this category must have.</summary>
    public int? RequiresPackagingPhotos { get; init; }

    /// <summary>Whether items in this category must state the packaging photo description.</summary>
    public bool RequiresPackagingPhotoDescription { get; init; }

    /// <summary>Whether products in this category may contain seeds.</summary>
    public bool CanContainSeeds { get; init; }

    /// <summary>Whether packages in this category can be remediated.</summary>
    public bool CanBeRemediated { get; init; }

    /// <summary>Whether packages in this category can be decontaminated.</summary>
    public bool CanBeDecontaminated { get; init; }

    /// <summary>Whether packages in this category can be destroyed.</summary>
    public bool CanBeDestroyed { get; init; }

    /// <summary>Least consecutive sources for RTA allowed for the Retail ID testing rules.</summary>
    public int? MinConsecutiveSourcesForRTA { get; init; }

    /// <summary>Least days for RTA allowed for the Retail ID testing rules.</summary>
    public int? MinDaysForRTA { get; init; }

    /// <summary>Most days for recovery after failure allowed for the Retail ID testing rules.</summary>
    public int? MaxDaysForRecoveryAfterFailure { get; init; }

    /// <summary>Most days to reach min sources allowed for the Retail ID testing rules.</summary>
    public int? MaxDaystoReachMinSources { get; init; }

    /// <summary>Least new passes in recovery window allowed for the Retail ID testing rules.</summary>
    public int? MinNewPassesInRecoveryWindow { get; init; }

    /// <summary>Most days to maintain RTA allowed for the Retail ID testing rules.</summary>
    public int? MaxDaysToMaintainRTA { get; init; }

    /// <summary>Most repackage distance from source allowed for the Retail ID testing rules.</summary>
    public int? MaxRepackageDistanceFromSource { get; init; }

    /// <summary>Most days without tested source allowed for the Retail ID testing rules.</summary>
    public int? MaxDaysWithoutTestedSource { get; init; }

    /// <summary>How many product PDF documents items in this category must have.</summary>
    public int? RequiresProductPDFDocuments { get; init; }

    /// <summary>Names of the lab test batches that apply.</summary>
    public IReadOnlyList<string>? LabTestBatchNames { get; init; }
}
