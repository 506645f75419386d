namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update item request.</summary>
public sealed record UpdateItemRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Global product name.</summary>
    public string? GlobalProductName { get; init; }

    /// <summary>Item category.</summary>
    public string? ItemCategory { get; init; }

    /// <summary>Unit of measure.</summary>
    public string? UnitOfMeasure { get; init; }

    /// <summary>Strain.</summary>
    public string? Strain { get; init; }

    /// <summary>Item brand.</summary>
    public string? ItemBrand { get; init; }

    /// <summary>Administration method.</summary>
    public string? AdministrationMethod { get; init; }

    /// <summary>Unit cbd percent.</summary>
    public decimal? UnitCbdPercent { get; init; }

    /// <summary>Unit cbd content.</summary>
    public decimal? UnitCbdContent { get; init; }

    /// <summary>Unit cbd content unit of measure.</summary>
    public string? UnitCbdContentUnitOfMeasure { get; init; }

    /// <summary>Unit cbd content dose.</summary>
    public decimal? UnitCbdContentDose { get; init; }

    /// <summary>Unit cbd content dose unit of measure.</summary>
    public string? UnitCbdContentDoseUnitOfMeasure { get; init; }

    /// <summary>Unit thc percent.</summary>
    public decimal? UnitThcPercent { get; init; }

    /// <summary>Unit thc content.</summary>
    public decimal? UnitThcContent { get; init; }

    /// <summary>Unit thc content unit of measure.</summary>
    public string? UnitThcContentUnitOfMeasure { get; init; }

    /// <summary>Unit thc content dose.</summary>
    public decimal? UnitThcContentDose { get; init; }

    /// <summary>Unit thc content dose unit of measure.</summary>
    public string? UnitThcContentDoseUnitOfMeasure { get; init; }

    /// <summary>Unit cbd a percent.</summary>
    public decimal? UnitCbdAPercent { get; init; }

    /// <summary>Unit cbd a content.</summary>
    public decimal? UnitCbdAContent { get; init; }

    /// <summary>Unit cbd a content unit of measure.</summary>
    public string? UnitCbdAContentUnitOfMeasure { get; init; }

    /// <summary>Unit cbd a content dose.</summary>
    public decimal? UnitCbdAContentDose { get; init; }

    /// <summary>Unit cbd a content dose unit of measure.</summary>
    public string? UnitCbdAContentDoseUnitOfMeasure { get; init; }

    /// <summary>Unit thc a percent.</summary>
    public decimal? UnitThcAPercent { get; init; }

    /// <summary>Unit thc a content.</summary>
    public decimal? UnitThcAContent { get; init; }

    /// <summary>Unit thc a content unit of measure.</summary>
    public string? UnitThcAContentUnitOfMeasure { get; init; }

    /// <summary>Unit thc a content dose.</summary>
    public decimal? UnitThcAContentDose { get; init; }

    /// <summary>Unit thc a content dose unit of measure.</summary>
    public string? UnitThcAContentDoseUnitOfMeasure { get; init; }

    /// <summary>Unit volume.</summary>
    public decimal? UnitVolume { get; init; }

    /// <summary>Unit volume unit of measure.</summary>
    public string? UnitVolumeUnitOfMeasure { get; init; }

    /// <summary>Unit weight.</summary>
    public decimal? UnitWeight { get; init; }

    /// <summary>Unit weight unit of measure.</summary>
    public string? UnitWeightUnitOfMeasure { get; init; }

    /// <summary>Serving size.</summary>
    public decimal? ServingSize { get; init; }

    /// <summary>Supply duration days.</summary>
    public string? SupplyDurationDays { get; init; }

    /// <summary>Number of doses.</summary>
    public string? NumberOfDoses { get; init; }

    /// <summary>Public ingredients.</summary>
    public string? PublicIngredients { get; init; }

    /// <summary>Item ingredients.</summary>
    public string? ItemIngredients { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Allergens.</summary>
    public string? Allergens { get; init; }

    /// <summary>Product image file system ids.</summary>
    public string? ProductImageFileSystemIds { get; init; }

    /// <summary>Product PDF file system ids.</summary>
    public string? ProductPDFFileSystemIds { get; init; }

    /// <summary>Product photo description.</summary>
    public string? ProductPhotoDescription { get; init; }

    /// <summary>Label image file system ids.</summary>
    public string? LabelImageFileSystemIds { get; init; }

    /// <summary>Label photo description.</summary>
    public string? LabelPhotoDescription { get; init; }

    /// <summary>Packaging image file system ids.</summary>
    public string? PackagingImageFileSystemIds { get; init; }

    /// <summary>Packaging photo description.</summary>
    public string? PackagingPhotoDescription { get; init; }

    /// <summary>Processing job category name.</summary>
    public string? ProcessingJobCategoryName { get; init; }

    /// <summary>Processing job type name.</summary>
    public string? ProcessingJobTypeName { get; init; }
}
