using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;
using static Metrc.Sdk.Tests.Validation.ValidationRows;
using W = Metrc.Sdk.MetrcWriteOperations;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>Rules of the harvest writes and of the facility's master data (items, brands, strains, locations, sublocations, additives templates).</summary>
public sealed class HarvestRuleTests
{
    private static readonly MetrcValidator V = Validator();

    public static TheoryData<string, Func<MetrcValidationResult>, int, string?, string> Broken() => new()
    {
        // Harvest waste.
        { "waste of an unknown harvest", () => Check(W.Harvests.RecordWaste, Waste() with { Id = 99 }), 0, "Id", MetrcRuleCodes.HarvestNotFound },
        { "waste without a harvest", () => Check(W.Harvests.RecordWaste, Waste() with { Id = null }), 0, "Id", MetrcRuleCodes.Required },
        { "waste of a finished harvest", () => Check(W.Harvests.RecordWaste, Waste() with { Id = 2 }), 0, "Id", MetrcRuleCodes.HarvestFinished },
        { "unknown waste type", () => Check(W.Harvests.RecordWaste, Waste() with { WasteType = "Leaves" }), 0, "WasteType", MetrcRuleCodes.WasteTypeUnknown },
        { "zero waste", () => Check(W.Harvests.RecordWaste, Waste() with { WasteWeight = 0 }), 0, "WasteWeight", MetrcRuleCodes.QuantityPositive },
        { "waste in liters", () => Check(W.Harvests.RecordWaste, Waste() with { UnitOfWeight = "Liters" }), 0, "UnitOfWeight", MetrcRuleCodes.UnitIncompatible },
        { "more waste than the harvest holds", () => Check(W.Harvests.RecordWaste, Waste() with { WasteWeight = 100.5m }), 0, "WasteWeight", MetrcRuleCodes.QuantityExceedsAvailable },
        { "waste over two rows", () => Check(W.Harvests.RecordWaste, Waste() with { WasteWeight = 60 }, Waste() with { WasteWeight = 41 }), 1, "WasteWeight", MetrcRuleCodes.QuantityExceedsAvailable },
        { "a pound of waste from 100 g", () => Check(W.Harvests.RecordWaste, Waste() with { WasteWeight = 1, UnitOfWeight = "Pounds" }), 0, "WasteWeight", MetrcRuleCodes.QuantityExceedsAvailable },
        { "waste tomorrow", () => Check(W.Harvests.RecordWaste, Waste() with { ActualDate = Today.PlusDays(1) }), 0, "ActualDate", MetrcRuleCodes.DateInFuture },

        // Packages from harvests.
        { "package from an unknown harvest", () => Check(W.Harvests.CreatePackages, HarvestPackage() with { Ingredients = [Ingredient("H-9", 10)] }), 0, "Ingredients[0].HarvestName", MetrcRuleCodes.HarvestNotFound },
        { "package from a finished harvest", () => Check(W.Harvests.CreatePackages, HarvestPackage() with { Ingredients = [Ingredient("H-2", 10)] }), 0, "Ingredients[0].HarvestName", MetrcRuleCodes.HarvestFinished },
        { "package over the harvest's weight", () => Check(W.Harvests.CreatePackages, HarvestPackage() with { Ingredients = [Ingredient("H-1", 101)] }), 0, "Ingredients[0].Weight", MetrcRuleCodes.QuantityExceedsAvailable },
        { "packages over the weight in two rows", () => Check(W.Harvests.CreatePackages, HarvestPackage(1) with { Ingredients = [Ingredient("H-1", 70)] }, HarvestPackage(2) with { Ingredients = [Ingredient("H-1", 31)] }), 1, "Ingredients[0].Weight", MetrcRuleCodes.QuantityExceedsAvailable },
        { "testing package from a finished harvest", () => Check(W.Harvests.CreateTestingPackages, HarvestPackage() with { Ingredients = [Ingredient("H-2", 1)] }), 0, "Ingredients[0].HarvestName", MetrcRuleCodes.HarvestFinished },

        // Finish, unfinish, moves, names, restored plants.
        { "finish a finished harvest", () => Check(W.Harvests.Finish, new FinishHarvestRequest { Id = 2, ActualDate = Today }), 0, "Id", MetrcRuleCodes.HarvestFinished },
        { "finish an unknown harvest", () => Check(W.Harvests.Finish, new FinishHarvestRequest { Id = 99, ActualDate = Today }), 0, "Id", MetrcRuleCodes.HarvestNotFound },
        { "finish without a date", () => Check(W.Harvests.Finish, new FinishHarvestRequest { Id = 1 }), 0, "ActualDate", MetrcRuleCodes.Required },
        { "unfinish an open harvest", () => Check(W.Harvests.Unfinish, new UnfinishHarvestRequest { Id = 1 }), 0, "Id", MetrcRuleCodes.HarvestNotFinished },
        { "move to an unknown room", () => Check(W.Harvests.ChangeLocation, Move() with { DryingLocation = "Attic" }), 0, "DryingLocation", MetrcRuleCodes.LocationNotFound },
        { "move to an unknown shelf", () => Check(W.Harvests.ChangeLocation, Move() with { DryingSublocation = "Shelf 9" }), 0, "DryingSublocation", MetrcRuleCodes.SublocationNotFound },
        { "move a finished harvest", () => Check(W.Harvests.ChangeLocation, Move() with { Id = null, HarvestName = "H-2" }), 0, "HarvestName", MetrcRuleCodes.HarvestFinished },
        { "move an unnamed harvest", () => Check(W.Harvests.ChangeLocation, Move() with { Id = null }), 0, "Id", MetrcRuleCodes.Required },
        { "rename to a name in use", () => Check(W.Harvests.Rename, new RenameHarvestRequest { Id = 1, NewName = "H-2" }), 0, "NewName", MetrcRuleCodes.HarvestNameInUse },
        { "two renames to one name", () => Check(W.Harvests.Rename, new RenameHarvestRequest { Id = 1, NewName = "H-5" }, new RenameHarvestRequest { Id = 2, NewName = "h-5" }), 1, "NewName", MetrcRuleCodes.HarvestNameInUse },
        { "rename an unknown harvest", () => Check(W.Harvests.Rename, new RenameHarvestRequest { OldName = "H-9", NewName = "H-5" }), 0, "OldName", MetrcRuleCodes.HarvestNotFound },
        { "restore a living plant", () => Check(W.Harvests.RestoreHarvestedPlants, new RestoreHarvestedPlantsRequest { HarvestId = 1, PlantTags = [PlantTag(101)] }), 0, "PlantTags[0]", MetrcRuleCodes.PlantNotFound },
        { "restore to an unknown harvest", () => Check(W.Harvests.RestoreHarvestedPlants, new RestoreHarvestedPlantsRequest { HarvestId = 99, PlantTags = [PlantTag(102)] }), 0, "HarvestId", MetrcRuleCodes.HarvestNotFound },
        { "restore no plants", () => Check(W.Harvests.RestoreHarvestedPlants, new RestoreHarvestedPlantsRequest { HarvestId = 1, PlantTags = [] }), 0, "PlantTags", MetrcRuleCodes.Required },

        // Items and brands.
        { "item name in use", () => Check(W.Items.Create, Item() with { Name = "buds" }), 0, "Name", MetrcRuleCodes.ItemNameInUse },
        { "two new items one name", () => Check(W.Items.Create, Item(), Item()), 1, "Name", MetrcRuleCodes.ItemNameInUse },
        { "unknown category", () => Check(W.Items.Create, Item() with { ItemCategory = "Moon Rocks" }), 0, "ItemCategory", MetrcRuleCodes.ItemCategoryUnknown },
        { "grams of edibles", () => Check(W.Items.Create, Item() with { ItemCategory = "Edible", Strain = null }), 0, "UnitOfMeasure", MetrcRuleCodes.UnitIncompatible },
        { "buds without a strain", () => Check(W.Items.Create, Item() with { Strain = null }), 0, "Strain", MetrcRuleCodes.Required },
        { "item of an unknown strain", () => Check(W.Items.Create, Item() with { Strain = "Purple Haze" }), 0, "Strain", MetrcRuleCodes.StrainNotFound },
        { "item of an unknown brand", () => Check(W.Items.Create, Item() with { ItemBrand = "Nope" }), 0, "ItemBrand", MetrcRuleCodes.ItemBrandNotFound },
        { "THC over 100%", () => Check(W.Items.Create, Item() with { UnitThcPercent = 101 }), 0, "UnitThcPercent", MetrcRuleCodes.InvalidValue },
        { "item update without id", () => Check(W.Items.Update, new UpdateItemRequest { Name = "Buds", ItemCategory = "Buds", UnitOfMeasure = "Grams", Strain = "Blue Dream" }), 0, "Id", MetrcRuleCodes.Required },
        { "brand name in use", () => Check(W.Items.CreateBrands, new CreateItemBrandRequest { Name = "EMERALD" }), 0, "Name", MetrcRuleCodes.ItemBrandNameInUse },
        { "brand update without name", () => Check(W.Items.UpdateBrands, new UpdateItemBrandRequest { Id = 5 }), 0, "Name", MetrcRuleCodes.Required },
        { "file that is not base64", () => Check(W.Items.UploadFiles, new UploadItemFileRequest { FileName = "coa.pdf", EncodedImageBase64 = "not base64!" }), 0, "EncodedImageBase64", MetrcRuleCodes.InvalidValue },
        { "photo without a name", () => Check(W.Items.UploadPhotos, new UploadItemPhotoRequest { EncodedImageBase64 = "AAAA" }), 0, "FileName", MetrcRuleCodes.Required },

        // Strains, locations, sublocations, additives templates.
        { "strain name in use", () => Check(W.Strains.Create, Strain() with { Name = "Blue Dream" }), 0, "Name", MetrcRuleCodes.StrainNameInUse },
        { "THC level above 1", () => Check(W.Strains.Create, Strain() with { ThcLevel = 18.5m }), 0, "ThcLevel", MetrcRuleCodes.InvalidValue },
        { "negative CBD level", () => Check(W.Strains.Create, Strain() with { CbdLevel = -0.1m }), 0, "CbdLevel", MetrcRuleCodes.InvalidValue },
        { "indica and sativa over 100", () => Check(W.Strains.Create, Strain() with { IndicaPercentage = 60, SativaPercentage = 50 }), 0, "SativaPercentage", MetrcRuleCodes.InvalidValue },
        { "unknown testing status", () => Check(W.Strains.Update, new UpdateStrainRequest { Id = 1, Name = "Blue Dream", TestingStatus = "Lab" }), 0, "TestingStatus", MetrcRuleCodes.InvalidValue },
        { "location name in use", () => Check(W.Locations.Create, new CreateLocationRequest { Name = "vault", LocationTypeName = "Default" }), 0, "Name", MetrcRuleCodes.LocationNameInUse },
        { "unknown location type", () => Check(W.Locations.Create, new CreateLocationRequest { Name = "Attic", LocationTypeName = "Cellar" }), 0, "LocationTypeName", MetrcRuleCodes.LocationTypeNotFound },
        { "two locations renamed alike", () => Check(W.Locations.Update, new UpdateLocationRequest { Id = 1, Name = "Attic", LocationTypeName = "Default" }, new UpdateLocationRequest { Id = 2, Name = "Attic", LocationTypeName = "Default" }), 1, "Name", MetrcRuleCodes.LocationNameInUse },
        { "sublocation name in use", () => Check(W.Sublocations.Create, new CreateSublocationRequest { Name = "Shelf 1" }), 0, "Name", MetrcRuleCodes.SublocationNameInUse },
        { "sublocation update without id", () => Check(W.Sublocations.Update, new UpdateSublocationRequest { Name = "Shelf 2" }), 0, "Id", MetrcRuleCodes.Required },
        { "template name in use", () => Check(W.AdditivesTemplates.Create, Template() with { Name = "Feed" }), 0, "Name", MetrcRuleCodes.AdditivesTemplateNameInUse },
        { "template without type", () => Check(W.AdditivesTemplates.Create, Template() with { AdditiveType = null }), 0, "AdditiveType", MetrcRuleCodes.Required },
        { "ingredient over 100%", () => Check(W.AdditivesTemplates.Update, new UpdateAdditivesTemplateRequest { Id = 1, Name = "Feed", AdditiveType = "Fertilizer", ActiveIngredients = [new AdditiveIngredient { Name = "N", Percentage = 120 }] }), 0, "ActiveIngredients[0].Percentage", MetrcRuleCodes.InvalidValue },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_row_that_breaks_a_harvest_or_master_data_rule_is_reported_with_its_row_field_and_code(string name, Func<MetrcValidationResult> validate, int row, string? field, string code)
    {
        MetrcValidationResult result = validate();

        Assert.False(result.IsValid, name);
        Assert.Contains(result.Issues, i => i.RowIndex == row && i.Field == field && i.Code == code && i.Severity == MetrcValidationSeverity.Error);
    }

    [Fact]
    public void Valid_rows_of_every_harvest_and_master_data_write_pass_without_and_with_a_snapshot()
    {
        foreach (MetrcLifecycleSnapshot? snapshot in new[] { null, Facility() })
        {
            MetrcValidationContext context = Co(snapshot);
            AssertClean(V.Validate(W.Harvests.RecordWaste, [Waste() with { WasteWeight = 60 }, Waste() with { WasteWeight = 1, UnitOfWeight = "Ounces" }], context));
            AssertClean(V.Validate(W.Harvests.CreatePackages, [HarvestPackage(1) with { Ingredients = [Ingredient("H-1", 70)] }, HarvestPackage(2) with { Ingredients = [Ingredient("H-1", 30)] }], context));
            AssertClean(V.Validate(W.Harvests.CreateTestingPackages, [HarvestPackage(3) with { Ingredients = [Ingredient("H-1", 1)] }], context));
            AssertClean(V.Validate(W.Harvests.Finish, [new FinishHarvestRequest { Id = 1, ActualDate = Today }], context));
            AssertClean(V.Validate(W.Harvests.Unfinish, [new UnfinishHarvestRequest { Id = 2 }], context));
            AssertClean(V.Validate(W.Harvests.ChangeLocation, [Move(), Move() with { Id = null, HarvestName = "H-1", DryingSublocation = null }], context));
            AssertClean(V.Validate(W.Harvests.Rename, [new RenameHarvestRequest { Id = 1, NewName = "H-5" }, new RenameHarvestRequest { OldName = "H-2", NewName = "H-6" }], context));
            AssertClean(V.Validate(W.Harvests.RestoreHarvestedPlants, [new RestoreHarvestedPlantsRequest { HarvestId = 1, PlantTags = [PlantTag(102)] }], context));
            AssertClean(V.Validate(W.Items.Create, [Item(), Item() with { Name = "Gummy Bears", ItemCategory = "Edible", UnitOfMeasure = "Each", Strain = null, ItemBrand = null }], context));
            AssertClean(V.Validate(W.Items.Update, [new UpdateItemRequest { Id = 1, Name = "Buds", ItemCategory = "Buds", UnitOfMeasure = "Grams", Strain = "Blue Dream" }], context));
            AssertClean(V.Validate(W.Items.CreateBrands, [new CreateItemBrandRequest { Name = "Cloud" }], context));
            AssertClean(V.Validate(W.Items.UpdateBrands, [new UpdateItemBrandRequest { Id = 5, Name = "Emerald" }], context));
            AssertClean(V.Validate(W.Items.UploadFiles, [new UploadItemFileRequest { FileName = "coa.pdf", EncodedImageBase64 = "JVBERi0=" }], context));
            AssertClean(V.Validate(W.Items.UploadPhotos, [new UploadItemPhotoRequest { FileName = "a.png", EncodedImageBase64 = "iVBORw==" }], context));
            AssertClean(V.Validate(W.Strains.Create, [Strain(), Strain() with { Name = "Sour Diesel", IndicaPercentage = 100, SativaPercentage = 0, ThcLevel = 1 }], context));
            AssertClean(V.Validate(W.Strains.Update, [new UpdateStrainRequest { Id = 1, Name = "Blue Dream", TestingStatus = "ThirdParty", ThcLevel = 0.2m }], context));
            AssertClean(V.Validate(W.Locations.Create, [new CreateLocationRequest { Name = "Attic", LocationTypeName = "Default" }], context));
            AssertClean(V.Validate(W.Locations.Update, [new UpdateLocationRequest { Id = 1, Name = "Vault", LocationTypeName = "default" }], context));
            AssertClean(V.Validate(W.Sublocations.Create, [new CreateSublocationRequest { Name = "Shelf 2" }, new CreateSublocationRequest { Name = "Shelf 3" }], context));
            AssertClean(V.Validate(W.Sublocations.Update, [new UpdateSublocationRequest { Id = 1, Name = "Shelf 1" }], context));
            AssertClean(V.Validate(W.AdditivesTemplates.Create, [Template()], context));
            AssertClean(V.Validate(W.AdditivesTemplates.Update, [new UpdateAdditivesTemplateRequest { Id = 1, Name = "Feed", AdditiveType = "Fertilizer" }], context));
        }
    }

    [Fact]
    public void Weight_in_another_unit_is_converted_to_the_harvests_unit()
    {
        Assert.True(HarvestLifecycle.TryConvertWeight(1, "Pounds", "Grams", out decimal grams));
        Assert.Equal(453.5924m, grams);
        Assert.True(HarvestLifecycle.TryConvertWeight(2500, "Grams", "Kilograms", out decimal kilograms));
        Assert.Equal(2.5m, kilograms);
        Assert.False(HarvestLifecycle.TryConvertWeight(1, "Liters", "Grams", out _));

        // 3.5 oz is 99.2233 g: within the 100 g harvest; 3.6 oz (102.06 g) is not.
        AssertClean(Check(W.Harvests.RecordWaste, Waste() with { WasteWeight = 3.5m, UnitOfWeight = "Ounces" }));
        Assert.False(Check(W.Harvests.RecordWaste, Waste() with { WasteWeight = 3.6m, UnitOfWeight = "Ounces" }).IsValid);
    }

    private static MetrcValidationResult Check<T>(MetrcWriteOperation<T> operation, params T[] rows) => V.Validate(operation, rows, Co(Facility()));

    private static void AssertClean(MetrcValidationResult result) =>
        Assert.True(result.IsValid, string.Join("; ", result.Issues.Select(i => $"{i.RowIndex} {i.Field} {i.Code} {i.Message}")));

    private static RecordHarvestWasteRequest Waste() => new() { Id = 1, WasteType = "Plant Material", UnitOfWeight = "Grams", WasteWeight = 10, ActualDate = Today };

    private static HarvestIngredient Ingredient(string harvest, decimal weight) => new() { HarvestName = harvest, Weight = weight, UnitOfWeight = "Grams" };

    private static ChangeHarvestLocationRequest Move() => new()
    {
        Id = 1,
        DryingLocation = "Dry Room",
        DryingSublocation = "Shelf 1",
        ActualDate = Instant.FromDateTimeOffset(Now).Minus(Duration.FromHours(1)).WithOffset(Offset.FromHours(-6)),
    };

    private static CreateItemRequest Item() => new() { Name = "Flower 3.5g", ItemCategory = "Buds", UnitOfMeasure = "Grams", Strain = "Blue Dream", ItemBrand = "Emerald", UnitThcPercent = 21.5m };

    private static CreateStrainRequest Strain() => new() { Name = "Purple Haze", TestingStatus = "None", ThcLevel = 0.1865m, CbdLevel = 0.1075m, IndicaPercentage = 25, SativaPercentage = 75 };

    private static CreateAdditivesTemplateRequest Template() => new()
    {
        Name = "Bloom Boost",
        AdditiveType = "Fertilizer",
        ActiveIngredients = [new AdditiveIngredient { Name = "Nitrogen", Percentage = 10.5m }],
    };

    /// <summary>
    /// <see cref="ValidationRows.Snapshot"/> plus: harvest H-1 (id 1, open, 100 g left) and H-2 (id 2, finished, 50 g);
    /// waste type Plant Material; categories Buds (weight, needs a strain) and Edible (count); brand Emerald; locations
    /// Vault and Dry Room (type Default); sublocation Shelf 1; strain Blue Dream; template Feed.
    /// </summary>
    private static MetrcLifecycleSnapshot Facility()
    {
        MetrcLifecycleSnapshot b = Snapshot();
        HashSet<string> Set(params string[] names) => new(names, StringComparer.OrdinalIgnoreCase);
        return new MetrcLifecycleSnapshot
        {
            LicenseNumber = b.LicenseNumber,
            Tags = b.Tags,
            Plants = b.Plants,
            Packages = b.Packages,
            Items = b.Items,
            LicenseStartDate = b.LicenseStartDate,
            Locations = Set("Vault", "Dry Room"),
            Sublocations = Set("Shelf 1"),
            Strains = Set("Blue Dream"),
            AdditivesTemplates = Set("Feed"),
            Harvests = new Dictionary<string, MetrcHarvestInfo>
            {
                ["H-1"] = new(1, IsFinished: false) { RemainingWeight = 100, UnitOfWeight = "Grams" },
                ["H-2"] = new(2, IsFinished: true) { RemainingWeight = 50, UnitOfWeight = "Grams" },
            },
            HarvestWasteTypes = Set("Plant Material"),
            ItemCategories = new Dictionary<string, MetrcItemCategoryInfo>(StringComparer.OrdinalIgnoreCase)
            {
                ["Buds"] = new(QuantityKind.Weight, RequiresStrain: true),
                ["Edible"] = new(QuantityKind.Count),
            },
            ItemBrands = Set("Emerald"),
            LocationTypes = Set("Default"),
        };
    }
}
