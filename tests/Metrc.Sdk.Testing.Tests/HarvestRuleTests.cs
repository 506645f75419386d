using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>The emulator's rules for harvest writes and the facility's master data, over loopback HTTP.</summary>
public sealed class HarvestRuleTests
{
    private static readonly LocalDate s_today = EmulatorHarness.Today;

    [Fact]
    public async Task Waste_is_taken_from_an_open_harvest_and_given_back_when_discontinued()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        long id = await HarvestAsync(h, "H-1", 100);

        MetrcWriteResult result = await h.Client.Harvests.RecordWasteAsync(h.License, [Waste(id, 30)]);

        Assert.Equal(70, h.Emulator.GetSnapshot(MetrcState.Co, h.License).Harvests["H-1"]);
        Harvest harvest = await FirstActiveHarvestAsync(h);
        Assert.Equal(30, harvest.TotalWasteWeight);
        await h.Client.Harvests.DeleteWasteAsync(h.License, Assert.Single(result.Ids));
        Assert.Equal(100, h.Emulator.GetSnapshot(MetrcState.Co, h.License).Harvests["H-1"]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.WasteNotFound, () => h.Client.Harvests.DeleteWasteAsync(h.License, result.Ids[0]));
    }

    [Fact]
    public async Task Waste_breaking_a_rule_is_rejected_with_its_code()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        long id = await HarvestAsync(h, "H-1", 100);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestNotFound, () => h.Client.Harvests.RecordWasteAsync(h.License, [Waste(99, 1)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.WasteTypeUnknown, () => h.Client.Harvests.RecordWasteAsync(h.License, [Waste(id, 1) with { WasteType = "Leaves" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => h.Client.Harvests.RecordWasteAsync(h.License, [Waste(id, 0)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => h.Client.Harvests.RecordWasteAsync(h.License, [Waste(id, 1) with { UnitOfWeight = "Liters" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.Harvests.RecordWasteAsync(h.License, [Waste(id, 60), Waste(id, 41)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.Harvests.RecordWasteAsync(h.License, [Waste(id, 1) with { UnitOfWeight = "Pounds" }]));
        Assert.Equal(100, h.Emulator.GetSnapshot(MetrcState.Co, h.License).Harvests["H-1"]);
    }

    [Fact]
    public async Task A_finished_harvest_takes_no_waste_moves_or_packages_until_unfinished()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        long id = await HarvestAsync(h, "H-1", 100);

        await h.Client.Harvests.FinishAsync(h.License, [new FinishHarvestRequest { Id = id, ActualDate = s_today }]);

        Assert.True(h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Harvests!["H-1"].IsFinished);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestFinished, () => h.Client.Harvests.FinishAsync(h.License, [new FinishHarvestRequest { Id = id, ActualDate = s_today }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestFinished, () => h.Client.Harvests.RecordWasteAsync(h.License, [Waste(id, 1)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestFinished, () => h.Client.Harvests.ChangeLocationAsync(h.License, [Move(id)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestFinished, () => h.Client.Harvests.CreatePackagesAsync(h.License, [Package(h, 0, "H-1", 10)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestFinished, () => h.Client.Harvests.CreateTestingPackagesAsync(h.License, [Package(h, 0, "H-1", 1)]));

        await h.Client.Harvests.UnfinishAsync(h.License, [new UnfinishHarvestRequest { Id = id }]);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestNotFinished, () => h.Client.Harvests.UnfinishAsync(h.License, [new UnfinishHarvestRequest { Id = id }]));
        await h.Client.Harvests.RecordWasteAsync(h.License, [Waste(id, 1)]);
        Assert.False(h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Harvests!["H-1"].IsFinished);
    }

    [Fact]
    public async Task Packages_come_from_a_harvest_only_while_weight_remains()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await HarvestAsync(h, "H-1", 100);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestNotFound, () => h.Client.Harvests.CreatePackagesAsync(h.License, [Package(h, 0, "H-9", 10)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.Harvests.CreatePackagesAsync(h.License, [Package(h, 0, "H-1", 70), Package(h, 1, "H-1", 31)]));
        await h.Client.Harvests.CreatePackagesAsync(h.License, [Package(h, 0, "H-1", 70), Package(h, 1, "H-1", 29)]);
        await h.Client.Harvests.CreateTestingPackagesAsync(h.License, [Package(h, 2, "H-1", 1)]);

        Assert.Equal(0, h.Emulator.GetSnapshot(MetrcState.Co, h.License).Harvests["H-1"]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.Harvests.CreatePackagesAsync(h.License, [Package(h, 3, "H-1", 0.5m)]));
    }

    [Fact]
    public async Task A_harvest_moves_to_a_location_that_exists_and_is_renamed_to_a_free_name()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        long id = await HarvestAsync(h, "H-1", 100);
        await HarvestAsync(h, "H-2", 10, firstTagIndex: 10);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.Harvests.ChangeLocationAsync(h.License, [Move(id) with { DryingLocation = "Attic" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.SublocationNotFound, () => h.Client.Harvests.ChangeLocationAsync(h.License, [Move(id) with { DryingSublocation = "Shelf 9" }]));
        await h.Client.Harvests.ChangeLocationAsync(h.License, [Move(id)]);
        Assert.Equal("Vault", (await FirstActiveHarvestAsync(h)).DryingLocationName);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestNameInUse, () => h.Client.Harvests.RenameAsync(h.License, [new RenameHarvestRequest { Id = id, NewName = "H-2" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestNotFound, () => h.Client.Harvests.RenameAsync(h.License, [new RenameHarvestRequest { OldName = "H-9", NewName = "H-3" }]));
        await h.Client.Harvests.RenameAsync(h.License, [new RenameHarvestRequest { OldName = "H-1", NewName = "H-3" }]);
        Assert.Equal(id, h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Harvests!["H-3"].Id);
    }

    [Fact]
    public async Task Harvested_plants_are_restored_to_an_existing_harvest()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        List<string> plants = await h.FloweringPlantsAsync("B-1", 2, firstTagIndex: 0);
        await h.Client.Plants.HarvestAsync(h.License, [Harvest(plants[0], "H-1", 50)]);
        long id = h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Harvests!["H-1"].Id;

        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantNotFound, () => h.Client.Harvests.RestoreHarvestedPlantsAsync(h.License, [new RestoreHarvestedPlantsRequest { HarvestId = id, PlantTags = [plants[1]] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.HarvestNotFound, () => h.Client.Harvests.RestoreHarvestedPlantsAsync(h.License, [new RestoreHarvestedPlantsRequest { HarvestId = 99, PlantTags = [plants[0]] }]));
        await h.Client.Harvests.RestoreHarvestedPlantsAsync(h.License, [new RestoreHarvestedPlantsRequest { HarvestId = id, PlantTags = [plants[0]] }]);

        Assert.Equal("Flowering", h.Emulator.GetSnapshot(MetrcState.Co, h.License).Plants[plants[0]]);
    }

    [Fact]
    public async Task A_created_location_is_usable_and_a_deleted_one_is_not()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        await h.Client.Locations.CreateAsync(h.License, [new CreateLocationRequest { Name = "Attic", LocationTypeName = "Default" }]);
        await h.Client.PlantBatches.CreatePlantingsAsync(h.License, [Planting("B-1", "Attic")]);
        long id = await LocationIdAsync(h, "Attic");
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNameInUse, () => h.Client.Locations.CreateAsync(h.License, [new CreateLocationRequest { Name = "attic", LocationTypeName = "Default" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationTypeNotFound, () => h.Client.Locations.CreateAsync(h.License, [new CreateLocationRequest { Name = "Cellar", LocationTypeName = "Cave" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNameInUse, () => h.Client.Locations.UpdateAsync(h.License, [new UpdateLocationRequest { Id = id, Name = "Vault", LocationTypeName = "Default" }]));
        await h.Client.Locations.UpdateAsync(h.License, [new UpdateLocationRequest { Id = id, Name = "Loft", LocationTypeName = "Storage" }]);

        await h.Client.Locations.DeleteAsync(h.License, id);

        Assert.DoesNotContain("Loft", h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Locations!);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.PlantBatches.CreatePlantingsAsync(h.License, [Planting("B-2", "Loft")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.Locations.DeleteAsync(h.License, id));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.Locations.UpdateAsync(h.License, [new UpdateLocationRequest { Id = id, Name = "Loft", LocationTypeName = "Default" }]));
    }

    [Fact]
    public async Task Strains_sublocations_and_templates_get_unique_names_and_valid_values()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        await h.Client.Strains.CreateAsync(h.License, [Strain("Purple Haze")]);
        await h.Client.Sublocations.CreateAsync(h.License, [new CreateSublocationRequest { Name = "Shelf 1" }]);
        await h.Client.AdditivesTemplates.CreateAsync(h.License, [Template("Bloom Boost")]);

        MetrcLifecycleSnapshot snapshot = h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License);
        Assert.Contains("Purple Haze", snapshot.Strains!);
        Assert.Contains("Shelf 1", snapshot.Sublocations!);
        Assert.Contains("Bloom Boost", snapshot.AdditivesTemplates!);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.StrainNameInUse, () => h.Client.Strains.CreateAsync(h.License, [Strain("Blue Dream")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.StrainNameInUse, () => h.Client.Strains.CreateAsync(h.License, [Strain("Jack"), Strain("JACK")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.Strains.CreateAsync(h.License, [Strain("Jack") with { ThcLevel = 18.5m }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.Strains.CreateAsync(h.License, [Strain("Jack") with { IndicaPercentage = 60, SativaPercentage = 50 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.StrainNotFound, () => h.Client.Strains.UpdateAsync(h.License, [new UpdateStrainRequest { Id = 1, Name = "Jack" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.SublocationNameInUse, () => h.Client.Sublocations.CreateAsync(h.License, [new CreateSublocationRequest { Name = "shelf 1" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.AdditivesTemplateNameInUse, () => h.Client.AdditivesTemplates.CreateAsync(h.License, [Template("Bloom Boost")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.AdditivesTemplates.CreateAsync(h.License,
            [Template("Feed") with { ActiveIngredients = [new AdditiveIngredient { Name = "N", Percentage = 120 }] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.StrainNotFound, () => h.Client.Strains.DeleteAsync(h.License, 1));
    }

    [Fact]
    public async Task Items_need_a_free_name_a_known_category_a_unit_of_its_kind_and_a_strain_where_required()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        await h.Client.Items.CreateAsync(h.License, [Item("Flower 3.5g"), Item("Gummies") with { ItemCategory = "Edible", UnitOfMeasure = "Each", Strain = null }]);
        await h.Client.Items.CreateBrandsAsync(h.License, [new CreateItemBrandRequest { Name = "Nimbus" }]);
        await h.Client.Items.UploadPhotosAsync(h.License, [new UploadItemPhotoRequest { FileName = "a.png", EncodedImageBase64 = "iVBORw==" }]);

        Assert.Equal(QuantityKind.Count, h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Items!["Gummies"]);
        Assert.Contains("Nimbus", h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).ItemBrands!);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemNameInUse, () => h.Client.Items.CreateAsync(h.License, [Item("buds")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemCategoryUnknown, () => h.Client.Items.CreateAsync(h.License, [Item("Rocks") with { ItemCategory = "Moon Rocks" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => h.Client.Items.CreateAsync(h.License, [Item("Bears") with { ItemCategory = "Edible", Strain = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Items.CreateAsync(h.License, [Item("Smalls") with { Strain = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemBrandNotFound, () => h.Client.Items.CreateAsync(h.License, [Item("Smalls") with { ItemBrand = "Nope" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemNotFound, () => h.Client.Items.UpdateAsync(h.License, [new UpdateItemRequest { Id = 1, Name = "X", ItemCategory = "Edible", UnitOfMeasure = "Each" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemBrandNameInUse, () => h.Client.Items.CreateBrandsAsync(h.License, [new CreateItemBrandRequest { Name = "nimbus" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.Items.UploadFilesAsync(h.License, [new UploadItemFileRequest { FileName = "a.pdf", EncodedImageBase64 = "not base64!" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemNotFound, () => h.Client.Items.DeleteAsync(h.License, 1));
    }

    private static async Task<long> HarvestAsync(EmulatorHarness h, string name, decimal weight, int firstTagIndex = 0)
    {
        List<string> plants = await h.FloweringPlantsAsync("B-" + name, 1, firstTagIndex);
        await h.Client.Plants.HarvestAsync(h.License, [Harvest(plants[0], name, weight)]);
        return h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Harvests![name].Id;
    }

    private static async Task<Harvest> FirstActiveHarvestAsync(EmulatorHarness h)
    {
        await foreach (Harvest harvest in h.Client.Harvests.ListActiveAsync(h.License))
        {
            return harvest;
        }

        throw new InvalidOperationException("No active harvest.");
    }

    private static async Task<long> LocationIdAsync(EmulatorHarness h, string name)
    {
        await foreach (Location location in h.Client.Locations.ListActiveAsync(h.License))
        {
            if (location.Name == name)
            {
                return location.Id;
            }
        }

        throw new InvalidOperationException($"No location {name}.");
    }

    private static HarvestPlantRequest Harvest(string plant, string harvest, decimal weight) => new()
    {
        Plant = plant,
        Weight = weight,
        UnitOfWeight = "Grams",
        DryingLocation = "Dry Room",
        HarvestName = harvest,
        ActualDate = s_today,
    };

    private static RecordHarvestWasteRequest Waste(long id, decimal weight) => new()
    {
        Id = id,
        WasteType = "Plant Material",
        UnitOfWeight = "Grams",
        WasteWeight = weight,
        ActualDate = s_today,
    };

    private static ChangeHarvestLocationRequest Move(long id) => new()
    {
        Id = id,
        DryingLocation = "Vault",
        ActualDate = Instant.FromDateTimeOffset(EmulatorHarness.Start).Minus(Duration.FromHours(1)).WithOffset(Offset.FromHours(-6)),
    };

    private static CreateHarvestPackageRequest Package(EmulatorHarness h, int tag, string harvest, decimal weight) => new()
    {
        Tag = h.Facility.PackageTags[tag],
        Location = "Vault",
        Item = "Buds",
        UnitOfWeight = "Grams",
        ActualDate = s_today,
        Ingredients = [new HarvestIngredient { HarvestName = harvest, Weight = weight, UnitOfWeight = "Grams" }],
    };

    private static CreatePlantingsRequest Planting(string name, string location) => new()
    {
        Name = name,
        Type = "Clone",
        Count = 1,
        Strain = "Blue Dream",
        Location = location,
        ActualDate = s_today,
    };

    private static CreateStrainRequest Strain(string name) => new()
    {
        Name = name,
        TestingStatus = "None",
        ThcLevel = 0.1865m,
        CbdLevel = 0.1075m,
        IndicaPercentage = 25,
        SativaPercentage = 75,
    };

    private static CreateAdditivesTemplateRequest Template(string name) => new()
    {
        Name = name,
        AdditiveType = "Fertilizer",
        ActiveIngredients = [new AdditiveIngredient { Name = "Nitrogen", Percentage = 10 }],
    };

    private static CreateItemRequest Item(string name) => new()
    {
        Name = name,
        ItemCategory = "Buds",
        UnitOfMeasure = "Grams",
        Strain = "Blue Dream",
        ItemBrand = "Emerald",
    };
}
