using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;
using static Metrc.Sdk.Tests.Validation.ValidationRows;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>The validator's rules of plant batch and plant writes: valid rows pass; each breaking row yields its code, field and row.</summary>
public sealed class PlantRuleTests
{
    private static readonly MetrcValidator V = Validator();

    private static readonly OffsetDateTime s_now = Instant.FromDateTimeOffset(Now).Minus(Duration.FromMinutes(5)).WithOffset(Offset.FromHours(-6));

    private static readonly MetrcStateRules s_noDestroyFields = MetrcStateRules.For(MetrcState.Co) with { RequiredDestroyFields = MetrcDestroyFields.None };

    public static TheoryData<string, Func<MetrcValidationResult>, int, string?, string> Broken() => new()
    {
        // Stateless rules.
        { "package of no plants", () => Check(MetrcWriteOperations.PlantBatches.CreatePackages, BatchPackage() with { Count = 0 }), 0, "Count", MetrcRuleCodes.QuantityPositive },
        { "package without a tag", () => Check(MetrcWriteOperations.PlantBatches.CreatePackagesFromMotherPlant, BatchPackage() with { Tag = null }), 0, "Tag", MetrcRuleCodes.Required },
        { "package in the future", () => Check(MetrcWriteOperations.PlantBatches.CreatePackages, BatchPackage() with { ActualDate = Today.PlusDays(1) }), 0, "ActualDate", MetrcRuleCodes.DateInFuture },
        { "adjust by zero", () => Check(MetrcWriteOperations.PlantBatches.Adjust, BatchAdjust() with { Quantity = 0 }), 0, "Quantity", MetrcRuleCodes.QuantityPositive },
        { "adjust by half a plant", () => Check(MetrcWriteOperations.PlantBatches.Adjust, BatchAdjust() with { Quantity = -1.5m }), 0, "Quantity", MetrcRuleCodes.InvalidValue },
        { "adjust without a reason", () => Check(MetrcWriteOperations.PlantBatches.Adjust, BatchAdjust() with { AdjustmentReason = "" }), 0, "AdjustmentReason", MetrcRuleCodes.Required },
        { "waste of no weight", () => Check(MetrcWriteOperations.PlantBatches.RecordWaste, BatchWaste() with { WasteWeight = 0 }), 0, "WasteWeight", MetrcRuleCodes.QuantityPositive },
        { "waste counted by Each", () => Check(MetrcWriteOperations.PlantBatches.RecordWaste, BatchWaste() with { UnitOfMeasureName = "Each" }), 0, "UnitOfMeasureName", MetrcRuleCodes.UnitIncompatible },
        { "waste without a method", () => Check(MetrcWriteOperations.PlantBatches.RecordWaste, BatchWaste() with { WasteMethodName = null }), 0, "WasteMethodName", MetrcRuleCodes.Required },
        { "plant waste of nothing", () => Check(MetrcWriteOperations.Plants.RecordWaste, PlantWaste() with { PlantLabels = [] }), 0, "PlantLabels", MetrcRuleCodes.Required },
        { "split into two batches of one name", () => CheckAll(MetrcWriteOperations.PlantBatches.Split, Split(), Split() with { Count = 1 }), 1, "GroupName", MetrcRuleCodes.PlantBatchNameInUse },
        { "split in an hour", () => Check(MetrcWriteOperations.PlantBatches.Split, Split() with { ActualDate = s_now.Plus(Duration.FromHours(2)) }), 0, "ActualDate", MetrcRuleCodes.DateInFuture },
        { "destroy without a method", () => Check(MetrcWriteOperations.PlantBatches.Destroy, BatchDestroy() with { WasteMethodName = " " }), 0, "WasteMethodName", MetrcRuleCodes.DestroyWasteRequired },
        { "destroy without a unit", () => Check(MetrcWriteOperations.PlantBatches.Destroy, BatchDestroy() with { WasteUnitOfMeasure = null }), 0, "WasteUnitOfMeasure", MetrcRuleCodes.DestroyWasteRequired },
        { "destroy of negative waste", () => Check(MetrcWriteOperations.PlantBatches.Destroy, BatchDestroy() with { WasteWeight = -1 }, rules: s_noDestroyFields), 0, "WasteWeight", MetrcRuleCodes.QuantityPositive },
        { "additive without a product", () => Check(MetrcWriteOperations.PlantBatches.RecordAdditives, BatchAdditive() with { ProductTradeName = null }), 0, "ProductTradeName", MetrcRuleCodes.Required },
        { "additive of no amount", () => Check(MetrcWriteOperations.Plants.RecordAdditivesByLocation, LocationAdditive() with { TotalAmountApplied = 0 }), 0, "TotalAmountApplied", MetrcRuleCodes.QuantityPositive },
        { "additive in bushels", () => Check(MetrcWriteOperations.Plants.RecordAdditives, PlantAdditive() with { TotalAmountUnitOfMeasure = "Bushels" }), 0, "TotalAmountUnitOfMeasure", MetrcRuleCodes.UnitUnknown },
        { "ingredient over 100%", () => Check(MetrcWriteOperations.PlantBatches.RecordAdditives, BatchAdditive() with { ActiveIngredients = [new AdditiveIngredient { Name = "N", Percentage = 101 }] }), 0, "ActiveIngredients[0].Percentage", MetrcRuleCodes.InvalidValue },
        { "ingredient without a name", () => Check(MetrcWriteOperations.PlantBatches.RecordAdditives, BatchAdditive() with { ActiveIngredients = [new AdditiveIngredient { Percentage = 10 }] }), 0, "ActiveIngredients[0].Name", MetrcRuleCodes.Required },
        { "template additive of no amount", () => Check(MetrcWriteOperations.PlantBatches.RecordAdditivesUsingTemplate, BatchTemplateAdditive() with { TotalAmountApplied = -1 }), 0, "TotalAmountApplied", MetrcRuleCodes.QuantityPositive },
        { "rename without a new name", () => Check(MetrcWriteOperations.PlantBatches.Rename, new RenamePlantBatchRequest { Group = "B-1" }), 0, "NewGroup", MetrcRuleCodes.Required },
        { "batch move without a date", () => Check(MetrcWriteOperations.PlantBatches.ChangeLocation, BatchMove() with { MoveDate = null }), 0, "MoveDate", MetrcRuleCodes.Required },
        { "batch tag not a tag", () => Check(MetrcWriteOperations.PlantBatches.ChangeTag, BatchTag() with { NewTag = "TAG-1" }), 0, "NewTag", MetrcRuleCodes.TagFormat },
        { "plant move of a malformed tag", () => Check(MetrcWriteOperations.Plants.ChangeLocation, PlantMove() with { Label = "plant-1" }), 0, "Label", MetrcRuleCodes.TagFormat },
        { "plant adjust by zero", () => Check(MetrcWriteOperations.Plants.Adjust, PlantAdjust() with { AdjustCount = 0 }), 0, "AdjustCount", MetrcRuleCodes.QuantityPositive },
        { "merge into itself", () => Check(MetrcWriteOperations.Plants.Merge, Merge() with { SourcePlantGroupLabel = PlantTag(100) }), 0, "SourcePlantGroupLabel", MetrcRuleCodes.InvalidValue },
        { "plant split of no plants", () => Check(MetrcWriteOperations.Plants.Split, PlantSplit() with { PlantCount = 0 }), 0, "PlantCount", MetrcRuleCodes.QuantityPositive },
        { "plantings of a cutting type", () => Check(MetrcWriteOperations.Plants.CreatePlantings, PlantPlanting() with { PlantBatchType = "Cutting" }), 0, "PlantBatchType", MetrcRuleCodes.InvalidValue },
        { "plantings over the cap", () => Check(MetrcWriteOperations.Plants.CreatePlantings, PlantPlanting() with { PlantCount = 101 }), 0, "PlantCount", MetrcRuleCodes.PlantBatchCountCap },
        { "package from a plant of no plants", () => Check(MetrcWriteOperations.Plants.CreatePlantBatchPackages, PlantPackage() with { Count = null }), 0, "Count", MetrcRuleCodes.Required },

        // Stateful rules against Snapshot().
        { "package of an unknown batch", () => Check(MetrcWriteOperations.PlantBatches.CreatePackages, BatchPackage() with { PlantBatch = "B-404" }, Snapshot()), 0, "PlantBatch", MetrcRuleCodes.PlantBatchNotFound },
        { "package of more plants than the batch holds", () => Check(MetrcWriteOperations.PlantBatches.CreatePackages, BatchPackage() with { Count = 11 }, Snapshot()), 0, "Count", MetrcRuleCodes.QuantityExceedsAvailable },
        { "two packages taking more than the batch", () => CheckAll(MetrcWriteOperations.PlantBatches.CreatePackages, Snapshot(), BatchPackage(), BatchPackage(2) with { Count = 7 }), 1, "Count", MetrcRuleCodes.QuantityExceedsAvailable },
        { "package of a weighed item", () => Check(MetrcWriteOperations.PlantBatches.CreatePackages, BatchPackage() with { Item = "Buds" }, Snapshot()), 0, "Item", MetrcRuleCodes.UnitIncompatible },
        { "package of an unknown item", () => Check(MetrcWriteOperations.PlantBatches.CreatePackagesFromMotherPlant, BatchPackage() with { Item = "Moon Rocks" }, Snapshot()), 0, "Item", MetrcRuleCodes.ItemNotFound },
        { "package on a used tag", () => Check(MetrcWriteOperations.PlantBatches.CreatePackages, BatchPackage(60), Snapshot()), 0, "Tag", MetrcRuleCodes.TagUnavailable },
        { "adjust below zero", () => Check(MetrcWriteOperations.PlantBatches.Adjust, BatchAdjust() with { Quantity = -11 }, Snapshot()), 0, "Quantity", MetrcRuleCodes.QuantityExceedsAvailable },
        { "waste by an unlisted method", () => Check(MetrcWriteOperations.PlantBatches.RecordWaste, BatchWaste() with { WasteMethodName = "Shredder" }, Snapshot()), 0, "WasteMethodName", MetrcRuleCodes.WasteMethodUnknown },
        { "waste for an unlisted reason", () => Check(MetrcWriteOperations.Plants.RecordWaste, PlantWaste() with { ReasonName = "Boredom" }, Snapshot()), 0, "ReasonName", MetrcRuleCodes.WasteReasonUnknown },
        { "waste of a harvested plant", () => Check(MetrcWriteOperations.Plants.RecordWaste, PlantWaste() with { PlantLabels = [PlantTag(100), PlantTag(102)] }, Snapshot()), 0, "PlantLabels[1]", MetrcRuleCodes.PlantNotFound },
        { "waste of an unknown room", () => Check(MetrcWriteOperations.Plants.RecordWaste, PlantWaste() with { PlantLabels = null, LocationName = "Attic" }, Snapshot()), 0, "LocationName", MetrcRuleCodes.LocationNotFound },
        { "split onto a name in use", () => Check(MetrcWriteOperations.PlantBatches.Split, Split() with { GroupName = "B-1" }, Snapshot()), 0, "GroupName", MetrcRuleCodes.PlantBatchNameInUse },
        { "split of more than the batch", () => Check(MetrcWriteOperations.PlantBatches.Split, Split() with { Count = 11 }, Snapshot()), 0, "Count", MetrcRuleCodes.QuantityExceedsAvailable },
        { "split to an unknown strain", () => Check(MetrcWriteOperations.PlantBatches.Split, Split() with { Strain = "Moon Kush" }, Snapshot()), 0, "Strain", MetrcRuleCodes.StrainNotFound },
        { "destroy by an unlisted method", () => Check(MetrcWriteOperations.PlantBatches.Destroy, BatchDestroy() with { WasteMethodName = "Shredder" }, Snapshot()), 0, "WasteMethodName", MetrcRuleCodes.WasteMethodUnknown },
        { "plant destroy for an unlisted reason", () => V.Validate(Destroy(100) with { WasteReasonName = "Boredom" }, Co(Snapshot())), 0, "WasteReasonName", MetrcRuleCodes.WasteReasonUnknown },
        { "destroy of more than the batch", () => Check(MetrcWriteOperations.PlantBatches.Destroy, BatchDestroy() with { Count = 11 }, Snapshot()), 0, "Count", MetrcRuleCodes.QuantityExceedsAvailable },
        { "additive from an unknown template", () => Check(MetrcWriteOperations.Plants.RecordAdditivesUsingTemplate, PlantTemplateAdditive() with { AdditivesTemplateName = "Secret Sauce" }, Snapshot()), 0, "AdditivesTemplateName", MetrcRuleCodes.AdditivesTemplateNotFound },
        { "additive on an unknown batch", () => Check(MetrcWriteOperations.PlantBatches.RecordAdditivesUsingTemplate, BatchTemplateAdditive() with { PlantBatchName = "B-404" }, Snapshot()), 0, "PlantBatchName", MetrcRuleCodes.PlantBatchNotFound },
        { "additive on an unknown plant", () => Check(MetrcWriteOperations.Plants.RecordAdditives, PlantAdditive() with { PlantLabels = [PlantTag(555)] }, Snapshot()), 0, "PlantLabels[0]", MetrcRuleCodes.PlantNotFound },
        { "additive in an unknown room", () => Check(MetrcWriteOperations.Plants.RecordAdditivesByLocationUsingTemplate, LocationTemplateAdditive() with { LocationName = "Attic" }, Snapshot()), 0, "LocationName", MetrcRuleCodes.LocationNotFound },
        { "rename onto a name in use", () => Check(MetrcWriteOperations.PlantBatches.Rename, new RenamePlantBatchRequest { Group = "B-1", NewGroup = "B-2" }, Snapshot()), 0, "NewGroup", MetrcRuleCodes.PlantBatchNameInUse },
        { "rename of an unknown batch", () => Check(MetrcWriteOperations.PlantBatches.Rename, new RenamePlantBatchRequest { Group = "B-404", NewGroup = "B-9" }, Snapshot()), 0, "Group", MetrcRuleCodes.PlantBatchNotFound },
        { "batch move to an unknown room", () => Check(MetrcWriteOperations.PlantBatches.ChangeLocation, BatchMove() with { Location = "Attic" }, Snapshot()), 0, "Location", MetrcRuleCodes.LocationNotFound },
        { "batch move to an unknown shelf", () => Check(MetrcWriteOperations.PlantBatches.ChangeLocation, BatchMove() with { Sublocation = "Shelf 9" }, Snapshot()), 0, "Sublocation", MetrcRuleCodes.SublocationNotFound },
        { "batch strain unknown", () => Check(MetrcWriteOperations.PlantBatches.ChangeStrain, new ChangePlantBatchStrainRequest { Name = "B-1", StrainName = "Moon Kush" }, Snapshot()), 0, "StrainName", MetrcRuleCodes.StrainNotFound },
        { "batch tag of a package tag", () => Check(MetrcWriteOperations.PlantBatches.ChangeTag, BatchTag() with { NewTag = PackageTag(1) }, Snapshot()), 0, "NewTag", MetrcRuleCodes.TagWrongType },
        { "plant move of a harvested plant", () => Check(MetrcWriteOperations.Plants.ChangeLocation, PlantMove() with { Label = PlantTag(102) }, Snapshot()), 0, "Label", MetrcRuleCodes.PlantNotFound },
        { "plant strain unknown", () => Check(MetrcWriteOperations.Plants.ChangeStrain, new ChangePlantStrainRequest { Label = PlantTag(100), StrainName = "Moon Kush" }, Snapshot()), 0, "StrainName", MetrcRuleCodes.StrainNotFound },
        { "plant tag of another facility", () => Check(MetrcWriteOperations.Plants.ChangeTag, PlantRetag() with { NewTag = PlantTag(70) }, Snapshot()), 0, "NewTag", MetrcRuleCodes.TagWrongFacility },
        { "plant adjust of an unknown plant", () => Check(MetrcWriteOperations.Plants.Adjust, PlantAdjust() with { Label = PlantTag(555) }, Snapshot()), 0, "Label", MetrcRuleCodes.PlantNotFound },
        { "merge across phases", () => Check(MetrcWriteOperations.Plants.Merge, Merge() with { SourcePlantGroupLabel = PlantTag(101) }, Snapshot()), 0, "SourcePlantGroupLabel", MetrcRuleCodes.PlantPhaseMismatch },
        { "plant split on a used tag", () => Check(MetrcWriteOperations.Plants.Split, PlantSplit() with { TagLabel = PlantTag(103) }, Snapshot()), 0, "TagLabel", MetrcRuleCodes.TagUnavailable },
        { "plantings onto a name in use", () => Check(MetrcWriteOperations.Plants.CreatePlantings, PlantPlanting() with { PlantBatchName = "B-1" }, Snapshot()), 0, "PlantBatchName", MetrcRuleCodes.PlantBatchNameInUse },
        { "batch plantings onto a name in use", () => V.Validate(Planting("B-2"), Co(Snapshot())), 0, "Name", MetrcRuleCodes.PlantBatchNameInUse },
        { "plantings from an unknown plant", () => Check(MetrcWriteOperations.Plants.CreatePlantings, PlantPlanting() with { PlantLabel = PlantTag(555) }, Snapshot()), 0, "PlantLabel", MetrcRuleCodes.PlantNotFound },
        { "package from a plant of a weighed item", () => Check(MetrcWriteOperations.Plants.CreatePlantBatchPackages, PlantPackage() with { Item = "Buds" }, Snapshot()), 0, "Item", MetrcRuleCodes.UnitIncompatible },
        { "package from a plant on a plant tag", () => Check(MetrcWriteOperations.Plants.CreatePlantBatchPackages, PlantPackage() with { PackageTag = PlantTag(2) }, Snapshot()), 0, "PackageTag", MetrcRuleCodes.TagWrongType },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_plant_row_that_breaks_a_rule_is_reported_with_its_row_field_and_code(string name, Func<MetrcValidationResult> validate, int row, string? field, string code)
    {
        MetrcValidationResult result = validate();

        Assert.False(result.IsValid, name);
        Assert.Contains(result.Issues, i => i.RowIndex == row && i.Field == field && i.Code == code && i.Severity == MetrcValidationSeverity.Error);
    }

    [Fact]
    public void Valid_plant_rows_of_every_write_type_pass_without_and_with_a_snapshot()
    {
        foreach (MetrcLifecycleSnapshot? snapshot in new[] { null, Snapshot() })
        {
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.CreatePackages, snapshot, BatchPackage(1), BatchPackage(2) with { Count = 6 }));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.CreatePackagesFromMotherPlant, snapshot, BatchPackage(1) with { Count = 50 }));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.Adjust, snapshot, BatchAdjust(), BatchAdjust() with { Quantity = -8 }, BatchAdjust() with { Quantity = 5 }));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.RecordAdditives, snapshot, BatchAdditive()));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.RecordAdditivesUsingTemplate, snapshot, BatchTemplateAdditive()));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.RecordWaste, snapshot, BatchWaste()));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.Split, snapshot, Split(), Split() with { GroupName = "B-4", Count = 7 }));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.Destroy, snapshot, BatchDestroy(), BatchDestroy() with { Count = 7 }));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.Rename, snapshot, new RenamePlantBatchRequest { Group = "B-1", NewGroup = "B-9" }, new RenamePlantBatchRequest { Id = 5, NewGroup = "B-8" }));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.ChangeLocation, snapshot, BatchMove()));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.ChangeStrain, snapshot, new ChangePlantBatchStrainRequest { Name = "B-1", StrainName = "OG Kush" }, new ChangePlantBatchStrainRequest { Id = 5, StrainId = 7 }));
            AssertClean(CheckAll(MetrcWriteOperations.PlantBatches.ChangeTag, snapshot, BatchTag()));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.RecordAdditives, snapshot, PlantAdditive()));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.RecordAdditivesUsingTemplate, snapshot, PlantTemplateAdditive()));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.RecordAdditivesByLocation, snapshot, LocationAdditive()));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.RecordAdditivesByLocationUsingTemplate, snapshot, LocationTemplateAdditive()));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.CreatePlantBatchPackages, snapshot, PlantPackage()));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.CreatePlantings, snapshot, PlantPlanting(), PlantPlanting() with { PlantBatchName = "C-2", PlantCount = 100 }));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.RecordWaste, snapshot, PlantWaste(), PlantWaste() with { PlantLabels = null, LocationName = "Veg Room" }));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.Adjust, snapshot, PlantAdjust(), new AdjustPlantRequest { Id = 5, AdjustCount = 2, AdjustReason = "Count", AdjustmentDate = s_now }));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.Merge, snapshot, Merge()));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.ChangeLocation, snapshot, PlantMove()));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.ChangeStrain, snapshot, new ChangePlantStrainRequest { Label = PlantTag(100), StrainName = "OG Kush" }));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.ChangeTag, snapshot, PlantRetag()));
            AssertClean(CheckAll(MetrcWriteOperations.Plants.Split, snapshot, PlantSplit()));
            AssertClean(V.Validate(Destroy(100) with { WasteMethodName = "Compost" }, Co(snapshot)));
        }
    }

    [Fact]
    public void A_state_that_requires_no_destroy_fields_accepts_a_batch_destroy_without_them_but_still_checks_those_given()
    {
        DestroyPlantBatchRequest bare = new() { PlantBatch = "B-1", Count = 1, ActualDate = Today };

        AssertClean(Check(MetrcWriteOperations.PlantBatches.Destroy, bare, Snapshot(), s_noDestroyFields));
        Assert.Contains(Check(MetrcWriteOperations.PlantBatches.Destroy, bare with { WasteMethodName = "Shredder" }, Snapshot(), s_noDestroyFields).Issues, i => i.Code == MetrcRuleCodes.WasteMethodUnknown);
    }

    private static MetrcValidationResult Check<T>(MetrcWriteOperation<T> operation, T row, MetrcLifecycleSnapshot? snapshot = null, MetrcStateRules? rules = null) =>
        V.Validate(operation, [row], Co(snapshot) with { Rules = rules });

    private static MetrcValidationResult CheckAll<T>(MetrcWriteOperation<T> operation, params T[] rows) => V.Validate(operation, rows, Co());

    private static MetrcValidationResult CheckAll<T>(MetrcWriteOperation<T> operation, MetrcLifecycleSnapshot? snapshot, params T[] rows) => V.Validate(operation, rows, Co(snapshot));

    private static void AssertClean(MetrcValidationResult result) => Assert.True(result.IsValid, string.Join("; ", result.Issues.Select(i => $"{i.RowIndex} {i.Field} {i.Code}: {i.Message}")));

    /// <summary>
    /// <see cref="ValidationRows.Snapshot"/> plus batches B-1 (10 untracked) and B-2 (0), plant 104 vegetative, plant 103's tag used, the item Clones
    /// (counted), the waste methods Grinder and Compost, the reasons Male Plants and Pruning, and the facility's places,
    /// strains and additives template.
    /// </summary>
    private static MetrcLifecycleSnapshot Snapshot()
    {
        MetrcLifecycleSnapshot b = ValidationRows.Snapshot();
        var tags = new Dictionary<string, MetrcTagInfo>(b.Tags!) { [PlantTag(103)] = new MetrcTagInfo(MetrcTagKind.Plant, License, Used: true) };
        var items = new Dictionary<string, QuantityKind>(b.Items!, StringComparer.OrdinalIgnoreCase) { ["Clones"] = QuantityKind.Count };
        return new MetrcLifecycleSnapshot
        {
            LicenseNumber = b.LicenseNumber,
            LicenseStartDate = b.LicenseStartDate,
            Tags = tags,
            Plants = new Dictionary<string, PlantGrowthPhase>(b.Plants!) { [PlantTag(104)] = PlantGrowthPhase.Vegetative },
            Packages = b.Packages,
            Items = items,
            PlantBatches = new Dictionary<string, MetrcPlantBatchInfo> { ["B-1"] = new(10), ["B-2"] = new(0) },
            WasteMethods = new HashSet<string>(["Grinder", "Compost"], StringComparer.OrdinalIgnoreCase),
            WasteReasons = new HashSet<string>(["Male Plants", "Pruning"], StringComparer.OrdinalIgnoreCase),
            Locations = new HashSet<string>(["Veg Room", "Flower Room"], StringComparer.OrdinalIgnoreCase),
            Sublocations = new HashSet<string>(["Shelf 1"], StringComparer.OrdinalIgnoreCase),
            Strains = new HashSet<string>(["Blue Dream", "OG Kush"], StringComparer.OrdinalIgnoreCase),
            AdditivesTemplates = new HashSet<string>(["Veg Nutrients"], StringComparer.OrdinalIgnoreCase),
        };
    }

    private static CreatePlantBatchPackageRequest BatchPackage(int tag = 1) =>
        new() { PlantBatch = "B-1", Count = 4, Item = "Clones", Tag = PackageTag(tag), Location = "Veg Room", Sublocation = "Shelf 1", ActualDate = Today };

    private static AdjustPlantBatchRequest BatchAdjust() => new() { PlantBatchName = "B-1", Quantity = -2, AdjustmentReason = "Died", AdjustmentDate = Today };

    private static RecordPlantBatchWasteRequest BatchWaste() =>
        new() { PlantBatchName = "B-1", WasteMethodName = "Grinder", ReasonName = "Pruning", WasteWeight = 1.5m, UnitOfMeasureName = "Grams", WasteDate = Today };

    private static RecordPlantWasteRequest PlantWaste() =>
        new() { PlantLabels = [PlantTag(100), PlantTag(101)], WasteMethodName = "Compost", ReasonName = "Pruning", WasteWeight = 2, UnitOfMeasureName = "Grams", WasteDate = Today };

    private static SplitPlantBatchRequest Split() =>
        new() { PlantBatch = "B-1", GroupName = "B-3", Count = 3, Location = "Flower Room", Strain = "OG Kush", ActualDate = s_now };

    private static DestroyPlantBatchRequest BatchDestroy() => new()
    {
        PlantBatch = "B-1",
        Count = 3,
        WasteMethodName = "Compost",
        WasteReasonName = "Male Plants",
        WasteWeight = 5,
        WasteUnitOfMeasure = "Grams",
        ActualDate = Today,
    };

    private static RecordAdditiveRequest BatchAdditive() => new()
    {
        PlantBatchName = "B-1",
        AdditiveType = "Fertilizer",
        ProductTradeName = "Grow More",
        EpaRegistrationNumber = "1234-5",
        TotalAmountApplied = 2,
        TotalAmountUnitOfMeasure = "Liters",
        ActiveIngredients = [new AdditiveIngredient { Name = "Nitrogen", Percentage = 12 }],
        ActualDate = Today,
    };

    private static RecordAdditiveUsingTemplateRequest BatchTemplateAdditive() =>
        new() { PlantBatchName = "B-1", AdditivesTemplateName = "Veg Nutrients", TotalAmountApplied = 1, TotalAmountUnitOfMeasure = "Liters", ActualDate = Today };

    private static RecordPlantAdditiveRequest PlantAdditive() => new()
    {
        PlantLabels = [PlantTag(100)],
        AdditiveType = "Pesticide",
        ProductTradeName = "Bug Off",
        TotalAmountApplied = 0.5m,
        TotalAmountUnitOfMeasure = "Liters",
        ActualDate = Today,
    };

    private static RecordPlantAdditiveUsingTemplateRequest PlantTemplateAdditive() =>
        new() { PlantLabels = [PlantTag(100), PlantTag(101)], AdditivesTemplateName = "Veg Nutrients", TotalAmountApplied = 1, TotalAmountUnitOfMeasure = "Liters", ActualDate = Today };

    private static RecordAdditiveByLocationRequest LocationAdditive() => new()
    {
        LocationName = "Veg Room",
        AdditiveType = "Fertilizer",
        ProductTradeName = "Grow More",
        TotalAmountApplied = 3,
        TotalAmountUnitOfMeasure = "Liters",
        ActualDate = Today,
    };

    private static RecordAdditiveByLocationUsingTemplateRequest LocationTemplateAdditive() =>
        new() { LocationName = "Veg Room", SublocationName = "Shelf 1", AdditivesTemplateName = "Veg Nutrients", TotalAmountApplied = 3, TotalAmountUnitOfMeasure = "Liters", ActualDate = Today };

    private static ChangePlantBatchLocationRequest BatchMove() => new() { Name = "B-1", Location = "Flower Room", MoveDate = Today };

    private static ChangePlantBatchTagRequest BatchTag() => new() { Group = "B-1", NewTag = PlantTag(1), ReplaceDate = Today };

    private static ChangePlantLocationRequest PlantMove() => new() { Label = PlantTag(100), Location = "Flower Room", ActualDate = Today };

    private static ChangePlantTagRequest PlantRetag() => new() { Label = PlantTag(100), NewTag = PlantTag(2), ReplaceDate = Today };

    private static AdjustPlantRequest PlantAdjust() => new() { Label = PlantTag(100), AdjustCount = -1, AdjustReason = "Died", AdjustmentDate = s_now };

    private static MergePlantRequest Merge() => new() { TargetPlantGroupLabel = PlantTag(100), SourcePlantGroupLabel = PlantTag(104), MergeDate = Today };

    private static SplitPlantRequest PlantSplit() => new() { SourcePlantLabel = PlantTag(100), PlantCount = 1, TagLabel = PlantTag(3), StrainLabel = "Blue Dream", SplitDate = Today };

    private static CreatePlantPlantingsRequest PlantPlanting() => new()
    {
        PlantLabel = PlantTag(100),
        PlantBatchName = "C-1",
        PlantBatchType = "Clone",
        PlantCount = 5,
        LocationName = "Veg Room",
        StrainName = "Blue Dream",
        ActualDate = s_now,
    };

    private static CreatePlantBatchPackageFromPlantRequest PlantPackage() => new()
    {
        PlantLabel = PlantTag(100),
        PackageTag = PackageTag(5),
        PlantBatchType = "Clone",
        Item = "Clones",
        Location = "Veg Room",
        Count = 6,
        ActualDate = s_now,
    };
}
