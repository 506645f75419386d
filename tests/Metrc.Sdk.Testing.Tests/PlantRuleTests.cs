using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>The emulator's rules for plant batch and plant writes, over loopback HTTP: a valid write is applied, each broken rule is rejected with its code.</summary>
public sealed class PlantRuleTests
{
    private static readonly LocalDate s_today = EmulatorHarness.Today;

    private static readonly OffsetDateTime s_now = Instant.FromDateTimeOffset(EmulatorHarness.Start).Minus(Duration.FromMinutes(5)).WithOffset(Offset.FromHours(-6));

    [Fact]
    public async Task Packages_of_a_batch_take_its_plants_and_need_a_new_tag_and_an_each_item()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await h.PlantAsync("B-1", 10);
        CreatePlantBatchPackageRequest package = new() { PlantBatch = "B-1", Count = 4, Item = "Clones", Tag = h.Facility.PackageTags[0], ActualDate = s_today };

        await h.Client.PlantBatches.CreatePackagesAsync(h.License, [package]);
        await h.Client.PlantBatches.CreatePackagesFromMotherPlantAsync(h.License, [package with { Tag = h.Facility.PackageTags[1], Count = 20 }]);

        EmulatorFacilitySnapshot snapshot = h.Emulator.GetSnapshot(MetrcState.Co, h.License);
        Assert.Equal(6, snapshot.PlantBatches["B-1"]);
        Assert.Equal(("Active", 4m), snapshot.Packages[h.Facility.PackageTags[0]]);
        Assert.Equal(("Active", 20m), snapshot.Packages[h.Facility.PackageTags[1]]);
        package = package with { Tag = h.Facility.PackageTags[2] };
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.PlantBatches.CreatePackagesAsync(h.License, [package with { Count = 7 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.PlantBatches.CreatePackagesAsync(h.License,
            [package with { Count = 4 }, package with { Count = 4, Tag = h.Facility.PackageTags[3] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => h.Client.PlantBatches.CreatePackagesAsync(h.License, [package with { Count = 0 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNotFound, () => h.Client.PlantBatches.CreatePackagesAsync(h.License, [package with { PlantBatch = "B-404" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => h.Client.PlantBatches.CreatePackagesAsync(h.License, [package with { Item = "Buds" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemNotFound, () => h.Client.PlantBatches.CreatePackagesAsync(h.License, [package with { Item = "Moon Rocks" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagUnavailable, () => h.Client.PlantBatches.CreatePackagesAsync(h.License, [package with { Tag = h.Facility.PackageTags[0] }]));
        Assert.Equal(6, h.Emulator.GetSnapshot(MetrcState.Co, h.License).PlantBatches["B-1"]);
    }

    [Fact]
    public async Task A_split_moves_plants_to_a_new_uniquely_named_batch()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await h.PlantAsync("B-1", 10);
        SplitPlantBatchRequest split = new() { PlantBatch = "B-1", GroupName = "B-2", Count = 3, Location = "Flower Room", Strain = "OG Kush", ActualDate = s_now };

        await h.Client.PlantBatches.SplitAsync(h.License, [split]);

        MetrcLifecycleSnapshot snapshot = h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License);
        Assert.Equal(7, snapshot.PlantBatches!["B-1"].UntrackedCount);
        Assert.Equal(new MetrcPlantBatchInfo(3) { Strain = "OG Kush", Location = "Flower Room" }, snapshot.PlantBatches["B-2"]);
        split = split with { GroupName = "B-3" };
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNameInUse, () => h.Client.PlantBatches.SplitAsync(h.License, [split with { GroupName = "B-2" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNameInUse, () => h.Client.PlantBatches.SplitAsync(h.License, [split with { Count = 1 }, split with { Count = 1 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.PlantBatches.SplitAsync(h.License, [split with { Count = 8 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.StrainNotFound, () => h.Client.PlantBatches.SplitAsync(h.License, [split with { Strain = "Moon Kush" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.PlantBatches.SplitAsync(h.License, [split with { Location = "Attic" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => h.Client.PlantBatches.SplitAsync(h.License, [split with { ActualDate = s_now.Plus(Duration.FromHours(1)) }]));
    }

    [Fact]
    public async Task Adjusting_and_destroying_a_batch_move_its_count_and_a_destroy_needs_listed_waste_details()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await h.PlantAsync("B-1", 10);
        AdjustPlantBatchRequest adjust = new() { PlantBatchName = "B-1", Quantity = -2, AdjustmentReason = "Died", AdjustmentDate = s_today };
        DestroyPlantBatchRequest destroy = new()
        {
            PlantBatch = "B-1",
            Count = 3,
            WasteMethodName = "Compost",
            WasteReasonName = "Male Plants",
            WasteWeight = 5,
            WasteUnitOfMeasure = "Grams",
            ActualDate = s_today,
        };

        await h.Client.PlantBatches.AdjustAsync(h.License, [adjust]);
        await h.Client.PlantBatches.DestroyAsync(h.License, [destroy]);

        Assert.Equal(5, h.Emulator.GetSnapshot(MetrcState.Co, h.License).PlantBatches["B-1"]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.PlantBatches.AdjustAsync(h.License, [adjust with { Quantity = -6 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => h.Client.PlantBatches.AdjustAsync(h.License, [adjust with { Quantity = 0 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.PlantBatches.AdjustAsync(h.License, [adjust with { AdjustmentReason = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.PlantBatches.DestroyAsync(h.License, [destroy with { Count = 6 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.WasteMethodUnknown, () => h.Client.PlantBatches.DestroyAsync(h.License, [destroy with { WasteMethodName = "Shredder" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.WasteReasonUnknown, () => h.Client.PlantBatches.DestroyAsync(h.License, [destroy with { WasteReasonName = "Boredom" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DestroyWasteRequired, () => h.Client.PlantBatches.DestroyAsync(h.License, [destroy with { WasteMethodName = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNotFound, () => h.Client.PlantBatches.DestroyAsync(h.License, [destroy with { PlantBatch = "B-404" }]));
        Assert.Equal(5, h.Emulator.GetSnapshot(MetrcState.Co, h.License).PlantBatches["B-1"]);
    }

    [Fact]
    public async Task Waste_records_need_a_listed_method_and_reason_and_a_weight()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.VegetativePlantsAsync("B-1", 2, firstTagIndex: 0);
        await h.PlantAsync("B-2", 5);
        RecordPlantBatchWasteRequest batchWaste = new()
        {
            PlantBatchName = "B-2",
            WasteMethodName = "Grinder",
            ReasonName = "Pruning",
            WasteWeight = 1.5m,
            UnitOfMeasureName = "Grams",
            WasteDate = s_today,
        };
        RecordPlantWasteRequest plantWaste = new()
        {
            PlantLabels = plants,
            WasteMethodName = "Grinder",
            ReasonName = "Pruning",
            WasteWeight = 2,
            UnitOfMeasureName = "Grams",
            WasteDate = s_today,
        };

        MetrcWriteResult batchResult = await h.Client.PlantBatches.RecordWasteAsync(h.License, [batchWaste]);
        MetrcWriteResult plantResult = await h.Client.Plants.RecordWasteAsync(h.License, [plantWaste, plantWaste with { PlantLabels = null, LocationName = "Veg Room" }]);

        Assert.Single(batchResult.Ids);
        Assert.Equal(2, plantResult.Ids.Count);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.WasteMethodUnknown, () => h.Client.PlantBatches.RecordWasteAsync(h.License, [batchWaste with { WasteMethodName = "Shredder" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.WasteReasonUnknown, () => h.Client.PlantBatches.RecordWasteAsync(h.License, [batchWaste with { ReasonName = "Boredom" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => h.Client.PlantBatches.RecordWasteAsync(h.License, [batchWaste with { WasteWeight = 0 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => h.Client.PlantBatches.RecordWasteAsync(h.License, [batchWaste with { UnitOfMeasureName = "Each" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNotFound, () => h.Client.PlantBatches.RecordWasteAsync(h.License, [batchWaste with { PlantBatchName = "B-404" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantNotFound, () => h.Client.Plants.RecordWasteAsync(h.License, [plantWaste with { PlantLabels = [h.Facility.PlantTags[50]] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.Plants.RecordWasteAsync(h.License, [plantWaste with { PlantLabels = null, LocationName = "Attic" }]));
    }

    [Fact]
    public async Task Additives_need_a_product_an_amount_with_a_unit_or_an_existing_template_and_an_existing_target()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.VegetativePlantsAsync("B-1", 1, firstTagIndex: 0);
        await h.PlantAsync("B-2", 5);
        RecordAdditiveRequest additive = new()
        {
            PlantBatchName = "B-2",
            AdditiveType = "Fertilizer",
            ProductTradeName = "Grow More",
            TotalAmountApplied = 2,
            TotalAmountUnitOfMeasure = "Liters",
            ActiveIngredients = [new AdditiveIngredient { Name = "Nitrogen", Percentage = 12 }],
            ActualDate = s_today,
        };
        RecordAdditiveUsingTemplateRequest template = new()
        {
            PlantBatchName = "B-2",
            AdditivesTemplateName = "Veg Nutrients",
            TotalAmountApplied = 1,
            TotalAmountUnitOfMeasure = "Liters",
            ActualDate = s_today,
        };

        await h.Client.PlantBatches.RecordAdditivesAsync(h.License, [additive]);
        await h.Client.PlantBatches.RecordAdditivesUsingTemplateAsync(h.License, [template]);
        await h.Client.Plants.RecordAdditivesUsingTemplateAsync(h.License,
            [new RecordPlantAdditiveUsingTemplateRequest { PlantLabels = plants, AdditivesTemplateName = "Pest Control", TotalAmountApplied = 1, TotalAmountUnitOfMeasure = "Liters", ActualDate = s_today }]);
        MetrcWriteResult byLocation = await h.Client.Plants.RecordAdditivesByLocationAsync(h.License,
            [new RecordAdditiveByLocationRequest { LocationName = "Veg Room", AdditiveType = "Fertilizer", ProductTradeName = "Grow More", TotalAmountApplied = 3, TotalAmountUnitOfMeasure = "Liters", ActualDate = s_today }]);

        Assert.Single(byLocation.Ids);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.PlantBatches.RecordAdditivesAsync(h.License, [additive with { ProductTradeName = " " }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => h.Client.PlantBatches.RecordAdditivesAsync(h.License, [additive with { TotalAmountApplied = 0 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitUnknown, () => h.Client.PlantBatches.RecordAdditivesAsync(h.License, [additive with { TotalAmountUnitOfMeasure = "Bushels" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.PlantBatches.RecordAdditivesAsync(h.License,
            [additive with { ActiveIngredients = [new AdditiveIngredient { Name = "Nitrogen", Percentage = 120 }] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNotFound, () => h.Client.PlantBatches.RecordAdditivesAsync(h.License, [additive with { PlantBatchName = "B-404" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.AdditivesTemplateNotFound, () => h.Client.PlantBatches.RecordAdditivesUsingTemplateAsync(h.License, [template with { AdditivesTemplateName = "Secret Sauce" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantNotFound, () => h.Client.Plants.RecordAdditivesAsync(h.License,
            [new RecordPlantAdditiveRequest { PlantLabels = [h.Facility.PlantTags[50]], AdditiveType = "Fertilizer", ProductTradeName = "Grow More", TotalAmountApplied = 1, TotalAmountUnitOfMeasure = "Liters", ActualDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.Plants.RecordAdditivesByLocationUsingTemplateAsync(h.License,
            [new RecordAdditiveByLocationUsingTemplateRequest { LocationName = "Attic", AdditivesTemplateName = "Veg Nutrients", TotalAmountApplied = 1, TotalAmountUnitOfMeasure = "Liters", ActualDate = s_today }]));
    }

    [Fact]
    public async Task A_batch_is_renamed_moved_restrained_and_retagged_only_to_names_places_strains_and_tags_that_fit()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await h.PlantAsync("B-1", 10);
        await h.PlantAsync("B-2", 10);

        await h.Client.PlantBatches.RenameAsync(h.License, [new RenamePlantBatchRequest { Group = "B-1", NewGroup = "B-9" }]);
        await h.Client.PlantBatches.ChangeLocationAsync(h.License, [new ChangePlantBatchLocationRequest { Name = "B-9", Location = "Flower Room", MoveDate = s_today }]);
        await h.Client.PlantBatches.ChangeStrainAsync(h.License, [new ChangePlantBatchStrainRequest { Name = "B-9", StrainName = "OG Kush" }]);
        await h.Client.PlantBatches.ChangeTagAsync(h.License, [new ChangePlantBatchTagRequest { Group = "B-9", NewTag = h.Facility.PlantTags[0], ReplaceDate = s_today }]);

        MetrcLifecycleSnapshot snapshot = h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License);
        Assert.False(snapshot.PlantBatches!.ContainsKey("B-1"));
        Assert.Equal(new MetrcPlantBatchInfo(10) { Strain = "OG Kush", Location = "Flower Room" }, snapshot.PlantBatches["B-9"]);
        Assert.True(snapshot.Tags![h.Facility.PlantTags[0]].Used);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNameInUse, () => h.Client.PlantBatches.RenameAsync(h.License, [new RenamePlantBatchRequest { Group = "B-9", NewGroup = "B-2" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNotFound, () => h.Client.PlantBatches.RenameAsync(h.License, [new RenamePlantBatchRequest { Group = "B-1", NewGroup = "B-7" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.PlantBatches.ChangeLocationAsync(h.License, [new ChangePlantBatchLocationRequest { Name = "B-9", Location = "Attic", MoveDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.SublocationNotFound, () => h.Client.PlantBatches.ChangeLocationAsync(h.License,
            [new ChangePlantBatchLocationRequest { Name = "B-9", Location = "Veg Room", Sublocation = "Shelf 9", MoveDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.StrainNotFound, () => h.Client.PlantBatches.ChangeStrainAsync(h.License, [new ChangePlantBatchStrainRequest { Name = "B-9", StrainName = "Moon Kush" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagWrongType, () => h.Client.PlantBatches.ChangeTagAsync(h.License,
            [new ChangePlantBatchTagRequest { Group = "B-9", NewTag = h.Facility.PackageTags[0], ReplaceDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagUnavailable, () => h.Client.PlantBatches.ChangeTagAsync(h.License,
            [new ChangePlantBatchTagRequest { Group = "B-2", NewTag = h.Facility.PlantTags[0], ReplaceDate = s_today }]));
    }

    [Fact]
    public async Task A_plant_is_moved_restrained_retagged_and_adjusted_only_while_alive_and_to_what_exists()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.VegetativePlantsAsync("B-1", 2, firstTagIndex: 0);
        string newTag = h.Facility.PlantTags[10];

        await h.Client.Plants.ChangeLocationAsync(h.License, [new ChangePlantLocationRequest { Label = plants[0], Location = "Flower Room", ActualDate = s_today }]);
        await h.Client.Plants.ChangeStrainAsync(h.License, [new ChangePlantStrainRequest { Label = plants[0], StrainName = "OG Kush" }]);
        await h.Client.Plants.AdjustAsync(h.License, [new AdjustPlantRequest { Label = plants[0], AdjustCount = -1, AdjustReason = "Died", AdjustmentDate = s_now }]);
        await h.Client.Plants.ChangeTagAsync(h.License, [new ChangePlantTagRequest { Label = plants[0], NewTag = newTag, ReplaceDate = s_today }]);

        Plant moved = await h.Client.Plants.GetByLabelAsync(h.License, newTag);
        Assert.Equal(("Flower Room", "OG Kush"), (moved.LocationName, moved.StrainName));
        Assert.False(h.Emulator.GetSnapshot(MetrcState.Co, h.License).Plants.ContainsKey(plants[0]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantNotFound, () => h.Client.Plants.ChangeLocationAsync(h.License, [new ChangePlantLocationRequest { Label = plants[0], Location = "Veg Room", ActualDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagFormat, () => h.Client.Plants.ChangeLocationAsync(h.License, [new ChangePlantLocationRequest { Label = "plant-1", Location = "Veg Room", ActualDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.Plants.ChangeLocationAsync(h.License, [new ChangePlantLocationRequest { Label = newTag, Location = "Attic", ActualDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.StrainNotFound, () => h.Client.Plants.ChangeStrainAsync(h.License, [new ChangePlantStrainRequest { Label = newTag, StrainName = "Moon Kush" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagUnavailable, () => h.Client.Plants.ChangeTagAsync(h.License, [new ChangePlantTagRequest { Label = plants[1], NewTag = newTag, ReplaceDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => h.Client.Plants.AdjustAsync(h.License, [new AdjustPlantRequest { Label = newTag, AdjustCount = 0, AdjustReason = "Died", AdjustmentDate = s_now }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => h.Client.Plants.AdjustAsync(h.License,
            [new AdjustPlantRequest { Label = newTag, AdjustCount = 1, AdjustReason = "Count", AdjustmentDate = s_now.Plus(Duration.FromHours(1)) }]));
    }

    [Fact]
    public async Task Plants_merge_only_within_one_phase_and_split_onto_new_plant_tags()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> vegetative = await h.VegetativePlantsAsync("B-1", 3, firstTagIndex: 0);
        List<string> flowering = await h.FloweringPlantsAsync("B-2", 1, firstTagIndex: 5);
        string splitTag = h.Facility.PlantTags[20];

        await h.Client.Plants.MergeAsync(h.License, [new MergePlantRequest { TargetPlantGroupLabel = vegetative[0], SourcePlantGroupLabel = vegetative[1], MergeDate = s_today }]);
        await h.Client.Plants.SplitAsync(h.License, [new SplitPlantRequest { SourcePlantLabel = vegetative[0], PlantCount = 1, TagLabel = splitTag, SplitDate = s_today }]);

        EmulatorFacilitySnapshot snapshot = h.Emulator.GetSnapshot(MetrcState.Co, h.License);
        Assert.False(snapshot.Plants.ContainsKey(vegetative[1]));
        Assert.Equal("Vegetative", snapshot.Plants[splitTag]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantPhaseMismatch, () => h.Client.Plants.MergeAsync(h.License,
            [new MergePlantRequest { TargetPlantGroupLabel = flowering[0], SourcePlantGroupLabel = vegetative[2], MergeDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.Plants.MergeAsync(h.License,
            [new MergePlantRequest { TargetPlantGroupLabel = vegetative[2], SourcePlantGroupLabel = vegetative[2], MergeDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantNotFound, () => h.Client.Plants.MergeAsync(h.License,
            [new MergePlantRequest { TargetPlantGroupLabel = vegetative[0], SourcePlantGroupLabel = vegetative[1], MergeDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagUnavailable, () => h.Client.Plants.SplitAsync(h.License,
            [new SplitPlantRequest { SourcePlantLabel = vegetative[0], PlantCount = 1, TagLabel = splitTag, SplitDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => h.Client.Plants.SplitAsync(h.License,
            [new SplitPlantRequest { SourcePlantLabel = vegetative[0], PlantCount = 0, TagLabel = h.Facility.PlantTags[21], SplitDate = s_today }]));
    }

    [Fact]
    public async Task Plantings_and_packages_from_a_plant_need_a_living_plant_a_new_capped_batch_and_a_new_package_tag()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.VegetativePlantsAsync("B-1", 1, firstTagIndex: 0);
        CreatePlantPlantingsRequest planting = new()
        {
            PlantLabel = plants[0],
            PlantBatchName = "C-1",
            PlantBatchType = "Clone",
            PlantCount = 5,
            LocationName = "Veg Room",
            StrainName = "Blue Dream",
            ActualDate = s_now,
        };
        CreatePlantBatchPackageFromPlantRequest package = new()
        {
            PlantLabel = plants[0],
            PackageTag = h.Facility.PackageTags[0],
            PlantBatchType = "Clone",
            Item = "Clones",
            Count = 6,
            ActualDate = s_now,
        };

        await h.Client.Plants.CreatePlantingsAsync(h.License, [planting]);
        await h.Client.Plants.CreatePlantBatchPackagesAsync(h.License, [package]);

        EmulatorFacilitySnapshot snapshot = h.Emulator.GetSnapshot(MetrcState.Co, h.License);
        Assert.Equal(5, snapshot.PlantBatches["C-1"]);
        Assert.Equal(("Active", 6m), snapshot.Packages[h.Facility.PackageTags[0]]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNameInUse, () => h.Client.Plants.CreatePlantingsAsync(h.License, [planting]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchCountCap, () => h.Client.Plants.CreatePlantingsAsync(h.License, [planting with { PlantBatchName = "C-2", PlantCount = 101 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantNotFound, () => h.Client.Plants.CreatePlantingsAsync(h.License, [planting with { PlantBatchName = "C-2", PlantLabel = h.Facility.PlantTags[50] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.Plants.CreatePlantBatchPackagesAsync(h.License,
            [package with { PackageTag = h.Facility.PackageTags[1], PlantBatchType = "Cutting" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagUnavailable, () => h.Client.Plants.CreatePlantBatchPackagesAsync(h.License, [package]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => h.Client.Plants.CreatePlantBatchPackagesAsync(h.License,
            [package with { PackageTag = h.Facility.PackageTags[1], Item = "Buds" }]));
    }
}
