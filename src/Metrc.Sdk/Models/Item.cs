using System.Text.Json;
using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>An item (product) defined by a facility.</summary>
public sealed record Item
{
    /// <summary>Metrc's id of the item.</summary>
    public long Id { get; init; }

    /// <summary>The item's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The item category name (for example <c>Buds</c>).</summary>
    public string? ProductCategoryName { get; init; }

    /// <summary>The item category type.</summary>
    public string? ProductCategoryType { get; init; }

    /// <summary>How the item is measured: <c>WeightBased</c>, <c>VolumeBased</c> or <c>CountBased</c>.</summary>
    public string? QuantityType { get; init; }

    /// <summary>Default unit of measure name.</summary>
    public string? UnitOfMeasureName { get; init; }

    /// <summary>Id of the strain, for strain-specific items.</summary>
    public long? StrainId { get; init; }

    /// <summary>Name of the strain, for strain-specific items.</summary>
    public string? StrainName { get; init; }

    /// <summary>The brand name, when the state tracks brands.</summary>
    public string? ItemBrandName { get; init; }

    /// <summary>Whether the item is approved for use.</summary>
    public string? ApprovalStatus { get; init; }

    /// <summary>Name of the product in the state’s global product list, if linked.</summary>
    public string? GlobalProductName { get; init; }

    /// <summary>Number of the product in the state’s global product list, if linked.</summary>
    public string? GlobalProductNumber { get; init; }

    /// <summary>Whether the expiration date is required.</summary>
    public bool IsExpirationDateRequired { get; init; }

    /// <summary>Whether the expiration date is recorded.</summary>
    public bool HasExpirationDate { get; init; }

    /// <summary>Whether the sell by date is required.</summary>
    public bool IsSellByDateRequired { get; init; }

    /// <summary>Whether the sell by date is recorded.</summary>
    public bool HasSellByDate { get; init; }

    /// <summary>Whether the use by date is required.</summary>
    public bool IsUseByDateRequired { get; init; }

    /// <summary>Whether the use by date is recorded.</summary>
    public bool HasUseByDate { get; init; }

    /// <summary>Lab testing state new packages of this item start in.</summary>
    public LabTestingState? DefaultLabTestingState { get; init; }

    /// <summary>When the approval status last changed (with offset).</summary>
    public OffsetDateTime? ApprovalStatusDateTime { get; init; }

    /// <summary>Metrc id of the item’s brand.</summary>
    public long? ItemBrandId { get; init; }

    /// <summary>How the product is taken (for example oral or inhaled).</summary>
    public string? AdministrationMethod { get; init; }

    /// <summary>CBD percentage of one unit of the item.</summary>
    public decimal? UnitCbdPercent { get; init; }

    /// <summary>CBD content of one unit of the item.</summary>
    public decimal? UnitCbdContent { get; init; }

    /// <summary>Unit of the CBD content per unit.</summary>
    public string? UnitCbdContentUnitOfMeasureName { get; init; }

    /// <summary>CBD content per dose of one unit of the item.</summary>
    public decimal? UnitCbdContentDose { get; init; }

    /// <summary>Unit of the CBD content dose per unit.</summary>
    public string? UnitCbdContentDoseUnitOfMeasureName { get; init; }

    /// <summary>CBDA percentage of one unit of the item.</summary>
    public decimal? UnitCbdAPercent { get; init; }

    /// <summary>CBDA content of one unit of the item.</summary>
    public decimal? UnitCbdAContent { get; init; }

    /// <summary>Unit of the CBDA content per unit.</summary>
    public string? UnitCbdAContentUnitOfMeasureName { get; init; }

    /// <summary>CBDA content per dose of one unit of the item.</summary>
    public decimal? UnitCbdAContentDose { get; init; }

    /// <summary>Unit of the CBDA content dose per unit.</summary>
    public string? UnitCbdAContentDoseUnitOfMeasureName { get; init; }

    /// <summary>THCA percentage of one unit of the item.</summary>
    public decimal? UnitThcAPercent { get; init; }

    /// <summary>THCA content of one unit of the item.</summary>
    public decimal? UnitThcAContent { get; init; }

    /// <summary>Unit of the THCA content per unit.</summary>
    public string? UnitThcAContentUnitOfMeasureName { get; init; }

    /// <summary>THCA content per dose of one unit of the item.</summary>
    public decimal? UnitThcAContentDose { get; init; }

    /// <summary>Unit of the THCA content dose per unit (Metrc id).</summary>
    public long? UnitThcAContentDoseUnitOfMeasureId { get; init; }

    /// <summary>Unit of the THCA content dose per unit.</summary>
    public string? UnitThcAContentDoseUnitOfMeasureName { get; init; }

    /// <summary>THC percentage of one unit of the item.</summary>
    public decimal? UnitThcPercent { get; init; }

    /// <summary>THC content of one unit of the item.</summary>
    public decimal? UnitThcContent { get; init; }

    /// <summary>Unit of the THC content per unit.</summary>
    public string? UnitThcContentUnitOfMeasureName { get; init; }

    /// <summary>THC content per dose of one unit of the item.</summary>
    public decimal? UnitThcContentDose { get; init; }

    /// <summary>Unit of the THC content dose per unit (Metrc id).</summary>
    public long? UnitThcContentDoseUnitOfMeasureId { get; init; }

    /// <summary>Unit of the THC content dose per unit.</summary>
    public string? UnitThcContentDoseUnitOfMeasureName { get; init; }

    /// <summary>Volume of one unit of the item.</summary>
    public decimal? UnitVolume { get; init; }

    /// <summary>Unit of the volume per unit.</summary>
    public string? UnitVolumeUnitOfMeasureName { get; init; }

    /// <summary>Weight of one unit of the item.</summary>
    public decimal? UnitWeight { get; init; }

    /// <summary>Unit of the weight per unit.</summary>
    public string? UnitWeightUnitOfMeasureName { get; init; }

    /// <summary>Serving size as printed on the label.</summary>
    public string? ServingSize { get; init; }

    /// <summary>Number of doses in one unit.</summary>
    public int? NumberOfDoses { get; init; }

    /// <summary>Quantity of one unit of the item.</summary>
    public decimal? UnitQuantity { get; init; }

    /// <summary>Unit of the quantity per unit.</summary>
    public string? UnitQuantityUnitOfMeasureName { get; init; }

    /// <summary>Ingredients as shown to the public.</summary>
    public string? PublicIngredients { get; init; }

    /// <summary>Free-text description of the product.</summary>
    public string? Description { get; init; }

    /// <summary>Allergens the product contains.</summary>
    public string? Allergens { get; init; }

    /// <summary>Product photos uploaded for the item, as Metrc sends them.</summary>
    public IReadOnlyList<JsonElement>? ProductImages { get; init; }

    /// <summary>Description of the product photos.</summary>
    public string? ProductPhotoDescription { get; init; }

    /// <summary>Label photos uploaded for the item, as Metrc sends them.</summary>
    public IReadOnlyList<JsonElement>? LabelImages { get; init; }

    /// <summary>Description of the label photos.</summary>
    public string? LabelPhotoDescription { get; init; }

    /// <summary>Packaging photos uploaded for the item, as Metrc sends them.</summary>
    public IReadOnlyList<JsonElement>? PackagingImages { get; init; }

    /// <summary>Description of the packaging photos.</summary>
    public string? PackagingPhotoDescription { get; init; }

    /// <summary>PDF documents uploaded for the item, as Metrc sends them.</summary>
    public IReadOnlyList<JsonElement>? ProductPDFDocuments { get; init; }

    /// <summary>Whether it has been used (a used record can no longer be deleted).</summary>
    public bool IsUsed { get; init; }

    /// <summary>Names of the lab test batches that apply.</summary>
    public IReadOnlyList<string>? LabTestBatchNames { get; init; }

    /// <summary>Processing job category the item is tied to, if any.</summary>
    public string? ProcessingJobCategoryName { get; init; }

    /// <summary>Processing job type the record is tied to, if any.</summary>
    public string? ProcessingJobTypeName { get; init; }

    /// <summary>Name of the item’s brand.</summary>
    public string? ProductBrandName { get; init; }
}
