using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Testing.Tests;

public sealed class LifecycleRuleTests
{
    private static readonly LocalDate s_today = EmulatorHarness.Today;

    [Fact]
    public async Task A_whole_seed_to_sale_lifecycle_is_accepted()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.FloweringPlantsAsync("B-1", 3, firstTagIndex: 0);

        await h.Client.Plants.ManicureAsync(h.License, [Harvest(plants[0], "H-1", 50)]);
        await h.Client.Plants.HarvestAsync(h.License, plants.Select(p => Harvest(p, "H-1", 100)));
        string tag = h.Facility.PackageTags[0];
        await h.Client.Harvests.CreatePackagesAsync(h.License,
        [
            new CreateHarvestPackageRequest
            {
                Tag = tag, Location = "Vault", Item = "Buds", UnitOfWeight = "Grams", ActualDate = s_today,
                Ingredients = [new HarvestIngredient { HarvestName = "H-1", Weight = 300, UnitOfWeight = "Grams" }],
            },
        ]);
        await h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(tag, 5, "R-1")]);

        EmulatorFacilitySnapshot snapshot = h.Emulator.GetSnapshot(MetrcState.Co, h.License);
        Assert.All(plants, p => Assert.Equal("Harvested", snapshot.Plants[p]));
        Assert.Equal(50, snapshot.Harvests["H-1"]);
        Assert.Equal(("Active", 295m), snapshot.Packages[tag]);
        Assert.Equal(["R-1"], snapshot.Receipts);
        Package package = await h.Client.Packages.GetByLabelAsync(h.License, tag);
        Assert.Equal(295, package.Quantity);
        Assert.Equal("H-1", package.SourceHarvestNames);
    }

    [Fact]
    public async Task A_tag_can_be_used_only_once()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await h.VegetativePlantsAsync("B-1", 2, firstTagIndex: 0);
        await h.PlantAsync("B-2", 2);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagUnavailable, () => h.Client.PlantBatches.ChangeGrowthPhaseAsync(h.License, [Tagging("B-2", h.Facility.PlantTags[1], 1)]));
    }

    [Fact]
    public async Task A_package_tag_cannot_tag_a_plant_and_a_plant_tag_cannot_tag_a_package()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await h.PlantAsync("B-1", 2);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagWrongType, () => h.Client.PlantBatches.ChangeGrowthPhaseAsync(h.License, [Tagging("B-1", h.Facility.PackageTags[0], 1)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagWrongType, () => h.Client.Packages.CreateAsync(h.License, [NewPackage(h.Facility.PlantTags[0], h.Facility.SeededPackages[0])]));
    }

    [Fact]
    public async Task A_tag_of_another_facility_and_a_malformed_tag_are_rejected()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await h.PlantAsync("B-1", 2);
        string otherFacilityTag = h.Emulator.Facilities[1].PlantTags[0];

        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagWrongFacility, () => h.Client.PlantBatches.ChangeGrowthPhaseAsync(h.License, [Tagging("B-1", otherFacilityTag, 1)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagFormat, () => h.Client.PlantBatches.ChangeGrowthPhaseAsync(h.License, [Tagging("B-1", "1a4-not-a-tag", 1)]));
    }

    [Fact]
    public async Task The_same_tag_twice_in_one_request_is_rejected()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string source = h.Facility.SeededPackages[0];
        string tag = h.Facility.PackageTags[0];

        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagDuplicate, () => h.Client.Packages.CreateAsync(h.License, [NewPackage(tag, source), NewPackage(tag, source)]));
    }

    [Fact]
    public async Task Plants_move_forward_only()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.FloweringPlantsAsync("B-1", 1, firstTagIndex: 0);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantPhaseTransition, () => h.Client.Plants.ChangeGrowthPhaseAsync(h.License,
            [new ChangePlantGrowthPhaseRequest { Label = plants[0], GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = s_today }]));
        await h.PlantAsync("B-2", 1);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantPhaseTransition, () => h.Client.PlantBatches.ChangeGrowthPhaseAsync(h.License,
            [Tagging("B-2", h.Facility.PlantTags[5], 1) with { GrowthPhase = "Flowering" }]));
    }

    [Fact]
    public async Task Only_flowering_plants_are_harvested_or_manicured()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.VegetativePlantsAsync("B-1", 1, firstTagIndex: 0);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestNotFlowering, () => h.Client.Plants.HarvestAsync(h.License, [Harvest(plants[0], "H-1", 10)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestNotFlowering, () => h.Client.Plants.ManicureAsync(h.License, [Harvest(plants[0], "H-1", 10)]));
    }

    [Fact]
    public async Task A_destroy_needs_its_waste_details()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.VegetativePlantsAsync("B-1", 2, firstTagIndex: 0);
        DestroyPlantRequest destroy = new()
        {
            Label = plants[0],
            WasteMethodName = "Grinder",
            WasteWeight = 12,
            WasteUnitOfMeasureName = "Grams",
            WasteReasonName = "Male Plants",
            ActualDate = s_today,
        };

        await RuleAssert.RejectedAsync(MetrcRuleCodes.DestroyWasteRequired, () => h.Client.Plants.DestroyAsync(h.License, [destroy with { WasteMethodName = "" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => h.Client.Plants.DestroyAsync(h.License, [destroy with { WasteUnitOfMeasureName = "Each" }]));
        await h.Client.Plants.DestroyAsync(h.License, [destroy]);

        Assert.Equal("Destroyed", h.Emulator.GetSnapshot(MetrcState.Co, h.License).Plants[plants[0]]);
    }

    [Fact]
    public async Task A_finished_package_cannot_be_sold_until_unfinished()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        await h.Client.Packages.FinishAsync(h.License, [new FinishPackageRequest { Label = package, ActualDate = s_today }]);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFinished, () => h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(package, 1, "R-1")]));
        await h.Client.Packages.UnfinishAsync(h.License, [new UnfinishPackageRequest { Label = package }]);
        await h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(package, 1, "R-1")]);

        Assert.Equal(1, h.Emulator.GetWriteCount($"receipt:{h.License}:R-1"));
    }

    [Fact]
    public async Task A_package_in_transit_cannot_be_sold_and_a_manifest_holds_at_most_200_packages()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        string recipient = h.Emulator.Facilities[1].LicenseNumber;
        await h.Client.Transfers.CreateOutgoingAsync(h.License, [Transfer("M-1", recipient, package)]);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageInTransit, () => h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(package, 1, "R-1")]));
        string[] tooMany = Enumerable.Range(0, MetrcLimits.MaxTransferPackages + 1).Select(i => $"1A4000012{i:D15}").ToArray();
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TransferTooManyPackages, () => h.Client.Transfers.CreateOutgoingAsync(h.License, [Transfer("M-2", recipient, tooMany)]));
    }

    [Fact]
    public async Task Dates_in_the_future_or_before_the_licence_are_rejected()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => h.Client.PlantBatches.CreatePlantingsAsync(h.License, [Planting("B-1") with { ActualDate = s_today.PlusDays(1) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateBeforeLicense, () => h.Client.PlantBatches.CreatePlantingsAsync(h.License, [Planting("B-1") with { ActualDate = s_today.PlusYears(-5) }]));
    }

    [Fact]
    public async Task Quantities_must_be_positive_and_within_what_a_package_holds()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string source = h.Facility.SeededPackages[0]; // 300 g

        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => h.Client.Packages.CreateAsync(h.License, [NewPackage(h.Facility.PackageTags[0], source) with { Quantity = 0 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.Packages.AdjustAsync(h.License,
            [new AdjustPackageRequest { Label = source, Quantity = -301, UnitOfMeasure = "Grams", AdjustmentReason = "Drying", AdjustmentDate = s_today }]));
    }

    [Fact]
    public async Task Units_must_fit_the_item_category()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string source = h.Facility.SeededPackages[0];

        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => h.Client.Packages.CreateAsync(h.License,
            [NewPackage(h.Facility.PackageTags[0], source) with { Item = "Pre-Roll 1g", UnitOfMeasure = "Grams" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitUnknown, () => h.Client.Packages.CreateAsync(h.License,
            [NewPackage(h.Facility.PackageTags[0], source) with { UnitOfMeasure = "Bushels" }]));
    }

    [Fact]
    public async Task A_plant_batch_is_capped_and_its_name_is_unique()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchCountCap, () => h.PlantAsync("B-big", MetrcLimits.DefaultPlantBatchCap + 1));
        await h.PlantAsync("B-1");
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNameInUse, () => h.PlantAsync("B-1"));
    }

    [Fact]
    public async Task A_request_with_one_bad_row_is_rejected_whole_by_default()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        MetrcValidationException ex = await Assert.ThrowsAsync<MetrcValidationException>(() => h.Client.PlantBatches.CreatePlantingsAsync(h.License,
            [Planting("B-1"), Planting("B-2") with { Strain = "Unknown Kush" }, Planting("B-3"), Planting("B-4") with { Count = 0 }]));

        Assert.Equal([1, 3], ex.RowErrors.Select(e => e.Row));
        Assert.Empty(h.Emulator.GetSnapshot(MetrcState.Co, h.License).PlantBatches);
    }

    [Fact]
    public async Task Partial_apply_keeps_the_valid_rows_and_lists_the_bad_ones()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o => o.PartialApply = true);

        MetrcValidationException ex = await Assert.ThrowsAsync<MetrcValidationException>(() => h.Client.PlantBatches.CreatePlantingsAsync(h.License,
            [Planting("B-1"), Planting("B-2") with { Location = "Nowhere" }, Planting("B-3")]));

        Assert.Equal(1, Assert.Single(ex.RowErrors).Row);
        Assert.Equal(["B-1", "B-3"], h.Emulator.GetSnapshot(MetrcState.Co, h.License).PlantBatches.Keys.Order());
    }

    internal static ChangePlantBatchGrowthPhaseRequest Tagging(string batch, string startingTag, int count) => new()
    {
        Name = batch,
        Count = count,
        StartingTag = startingTag,
        GrowthPhase = "Vegetative",
        NewLocation = "Veg Room",
        GrowthDate = s_today,
    };

    internal static CreatePlantingsRequest Planting(string name) => new()
    {
        Name = name,
        Type = "Clone",
        Count = 5,
        Strain = "Blue Dream",
        Location = "Veg Room",
        ActualDate = s_today,
    };

    internal static HarvestPlantRequest Harvest(string plant, string harvest, decimal grams) => new()
    {
        Plant = plant,
        Weight = grams,
        UnitOfWeight = "Grams",
        DryingLocation = "Dry Room",
        HarvestName = harvest,
        ActualDate = s_today,
    };

    internal static CreatePackageRequest NewPackage(string tag, string source) => new()
    {
        Tag = tag,
        Item = "Buds",
        Quantity = 10,
        UnitOfMeasure = "Grams",
        ActualDate = s_today,
        Ingredients = [new PackageIngredient { Package = source, Quantity = 10, UnitOfMeasure = "Grams" }],
    };

    internal static CreateSalesReceiptRequest Sale(string package, decimal grams, string receipt) => new()
    {
        SalesDateTime = OffsetDateTime.FromDateTimeOffset(EmulatorHarness.Start.AddHours(-1)),
        SalesCustomerType = "Consumer",
        ExternalReceiptNumber = receipt,
        Transactions = [new CreateSalesTransaction { PackageLabel = package, Quantity = grams, UnitOfMeasure = "Grams", TotalAmount = grams * 10 }],
    };

    internal static CreateOutgoingTransferRequest Transfer(string name, string recipient, params string[] packages) => new()
    {
        Name = name,
        Destinations =
        [
            new TransferDestinationRequest
            {
                RecipientLicenseNumber = recipient, TransferTypeName = "Wholesale Manifest",
                Packages = packages.Select(p => new TransferPackageRequest { PackageLabel = p, WholesalePrice = 100 }).ToList(),
            },
        ],
    };
}
