using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;
using static Metrc.Sdk.Testing.Tests.LifecycleRuleTests;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>The emulator's rules for package writes beyond create, adjust and finish, over loopback HTTP.</summary>
public sealed class PackagesRuleTests
{
    private static readonly LocalDate s_today = EmulatorHarness.Today;

    [Fact]
    public async Task Splits_and_testing_packages_conserve_quantity()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string source = h.Facility.SeededPackages[0]; // 300 g

        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityNotConserved, () => h.Client.Packages.CreateAsync(h.License, [NewPackage(h.Facility.PackageTags[0], source) with { Quantity = 10.0001m }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityNotConserved, () => h.Client.Packages.CreateTestingAsync(h.License, [NewPackage(h.Facility.PackageTags[0], source) with { Quantity = 11 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.SublocationNotFound, () => h.Client.Packages.CreateAsync(h.License, [NewPackage(h.Facility.PackageTags[0], source) with { Sublocation = "Shelf 9" }]));
        await h.Client.Packages.CreateAsync(h.License, [NewPackage(h.Facility.PackageTags[0], source)]);
        await h.Client.Packages.CreateTestingAsync(h.License, [NewPackage(h.Facility.PackageTags[1], source) with { Quantity = 2, Ingredients = [new PackageIngredient { Package = source, Quantity = 2, UnitOfMeasure = "Grams" }] }]);
        // 500 pre-rolls from 10 g: a count is not compared with a weight.
        await h.Client.Packages.CreateAsync(h.License, [NewPackage(h.Facility.PackageTags[2], source) with { Item = "Pre-Roll 1g", Quantity = 500, UnitOfMeasure = "Each" }]);

        EmulatorFacilitySnapshot snapshot = h.Emulator.GetSnapshot(MetrcState.Co, h.License);
        Assert.Equal(("Active", 278m), snapshot.Packages[source]);
        Assert.Equal(("Active", 2m), snapshot.Packages[h.Facility.PackageTags[1]]);
        Assert.Equal(("Active", 500m), snapshot.Packages[h.Facility.PackageTags[2]]);
    }

    [Fact]
    public async Task A_plant_batch_from_a_package_takes_what_the_package_holds()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string source = h.Facility.SeededPackages[2]; // 100 g
        await h.PlantAsync("B-1");
        Task Plant(CreatePackagePlantingsRequest row) => h.Client.Packages.CreatePlantingsAsync(h.License, [row]);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => Plant(FromPackage(source) with { PackageAdjustmentAmount = 4, PackageAdjustmentUnitOfMeasureName = "Ounces" }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => Plant(FromPackage(source) with { PackageAdjustmentUnitOfMeasureName = "Each" }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchNameInUse, () => Plant(FromPackage(source) with { PlantBatchName = "B-1" }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PlantBatchCountCap, () => Plant(FromPackage(source) with { PlantCount = MetrcLimits.DefaultPlantBatchCap + 1 }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => Plant(FromPackage(source) with { PlantBatchType = "Cutting" }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.StrainNotFound, () => Plant(FromPackage(source) with { StrainName = "Moon Kush" }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => Plant(FromPackage(source) with { LocationName = "Nowhere" }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.SublocationNotFound, () => Plant(FromPackage(source) with { SublocationName = "Shelf 9" }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => Plant(FromPackage(source) with { PlantedDate = At(TimeSpan.FromHours(1)) }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => Plant(FromPackage(source) with { UnpackagedDate = null }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagFormat, () => Plant(FromPackage("PKG-1")));
        await h.Client.Packages.FinishAsync(h.License, [new FinishPackageRequest { Label = h.Facility.SeededPackages[1], ActualDate = s_today }]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFinished, () => Plant(FromPackage(h.Facility.SeededPackages[1])));

        await Plant(FromPackage(source) with { PackageAdjustmentAmount = 1, PackageAdjustmentUnitOfMeasureName = "Ounces" });

        EmulatorFacilitySnapshot snapshot = h.Emulator.GetSnapshot(MetrcState.Co, h.License);
        Assert.Equal(10, snapshot.PlantBatches["PB-1"]);
        Assert.Equal(("Active", 100m - 28.349523125m), snapshot.Packages[source]);
    }

    [Fact]
    public async Task Flags_are_set_on_active_packages_and_removed_only_when_set()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        PackageLabelRequest[] row = [new PackageLabelRequest { Label = package }];

        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFlagNotSet, () => h.Client.Packages.UnflagDonationsAsync(h.License, row));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFlagNotSet, () => h.Client.Packages.UnflagTradeSamplesAsync(h.License, row));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFlagNotSet, () => h.Client.Packages.UnflagFinishedGoodsAsync(h.License, row));
        await h.Client.Packages.FlagDonationsAsync(h.License, row);
        await h.Client.Packages.FlagDonationsAsync(h.License, row); // a PUT again: idempotent
        await h.Client.Packages.FlagTradeSamplesAsync(h.License, row);
        await h.Client.Packages.FlagFinishedGoodsAsync(h.License, row);

        Package flagged = await h.Client.Packages.GetByLabelAsync(h.License, package);
        Assert.True(flagged.IsDonation);
        Assert.True(flagged.IsTradeSample);
        Assert.True(flagged.IsFinishedGood);
        await h.Client.Packages.UnflagDonationsAsync(h.License, row);
        MetrcPackageInfo info = h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Packages![package];
        Assert.Equal((false, true, true), (info.IsDonation, info.IsTradeSample, info.IsFinishedGood));

        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageNotActive, () => h.Client.Packages.FlagDonationsAsync(h.License, [new PackageLabelRequest { Label = h.Facility.PackageTags[0] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagFormat, () => h.Client.Packages.FlagDonationsAsync(h.License, [new PackageLabelRequest { Label = "pkg" }]));
        await h.Client.Packages.FinishAsync(h.License, [new FinishPackageRequest { Label = package, ActualDate = s_today }]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFinished, () => h.Client.Packages.FlagDonationsAsync(h.License, row));
    }

    [Fact]
    public async Task An_item_change_needs_an_existing_item_measured_like_the_package()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];

        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemNotFound, () => h.Client.Packages.ChangeItemsAsync(h.License, [new ChangePackageItemRequest { Label = package, Item = "Moon Rocks" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => h.Client.Packages.ChangeItemsAsync(h.License, [new ChangePackageItemRequest { Label = package, Item = "Pre-Roll 1g" }]));
        await h.Client.Packages.ChangeItemsAsync(h.License, [new ChangePackageItemRequest { Label = package, Item = "Shake" }]);

        Assert.Equal("Shake", (await h.Client.Packages.GetByLabelAsync(h.License, package)).Item?.Name);
    }

    [Fact]
    public async Task A_package_moves_only_to_places_that_exist()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        ChangePackageLocationRequest move = new() { Label = package, Location = "Dry Room", MoveDate = s_today };

        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.Packages.ChangeLocationsAsync(h.License, [move with { Location = "Nowhere" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.SublocationNotFound, () => h.Client.Packages.ChangeLocationsAsync(h.License, [move with { Sublocation = "Shelf 9" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => h.Client.Packages.ChangeLocationsAsync(h.License, [move with { MoveDate = s_today.PlusDays(1) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Packages.ChangeLocationsAsync(h.License, [move with { MoveDate = null }]));
        await h.Client.Packages.ChangeLocationsAsync(h.License, [move]);

        Assert.Equal("Dry Room", (await h.Client.Packages.GetByLabelAsync(h.License, package)).LocationName);
        Assert.Equal("Dry Room", h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Packages![package].Location);
    }

    [Fact]
    public async Task Notes_external_ids_and_dates_are_set_on_packages_that_exist()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        string unknown = h.Facility.PackageTags[0];

        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Packages.SetNotesAsync(h.License, [new SetPackageNoteRequest { PackageLabel = package, Note = " " }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageNotActive, () => h.Client.Packages.SetNotesAsync(h.License, [new SetPackageNoteRequest { PackageLabel = unknown, Note = "Cured" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Packages.SetExternalIdsAsync(h.License, [new SetPackageExternalIdRequest { PackageLabel = package }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageDatesOrder, () => h.Client.Packages.SetDatesAsync(h.License,
            [new SetPackageDatesRequest { Label = package, SellByDate = s_today.PlusDays(30), ExpirationDate = s_today.PlusDays(20) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageDatesOrder, () => h.Client.Packages.SetDatesAsync(h.License,
            [new SetPackageDatesRequest { Label = package, SellByDate = s_today.PlusDays(30), UseByDate = s_today.PlusDays(20) }]));
        await h.Client.Packages.FinishAsync(h.License, [new FinishPackageRequest { Label = package, ActualDate = s_today }]);
        await h.Client.Packages.SetNotesAsync(h.License, [new SetPackageNoteRequest { PackageLabel = package, Note = "Cured 14 days" }]);
        await h.Client.Packages.SetExternalIdsAsync(h.License, [new SetPackageExternalIdRequest { PackageLabel = package, ExternalId = "ERP-42" }]);
        await h.Client.Packages.SetDatesAsync(h.License,
            [new SetPackageDatesRequest { Label = package, SellByDate = s_today.PlusDays(10), UseByDate = s_today.PlusDays(20), ExpirationDate = s_today.PlusDays(20) }]);

        Package read = await h.Client.Packages.GetByLabelAsync(h.License, package);
        Assert.Equal(("Cured 14 days", "ERP-42"), (read.Note, read.ExternalId));
        Assert.Equal((s_today.PlusDays(10), s_today.PlusDays(20), s_today.PlusDays(20)), (read.SellByDate, read.UseByDate, read.ExpirationDate));
    }

    [Fact]
    public async Task A_PUT_adjustment_follows_the_adjust_rules()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string source = h.Facility.SeededPackages[0]; // 300 g
        AdjustPackageRequest adjust = new() { Label = source, Quantity = -301, UnitOfMeasure = "Grams", AdjustmentReason = "Drying", AdjustmentDate = s_today };

        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.Packages.UpdateAdjustmentsAsync(h.License, [adjust]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagFormat, () => h.Client.Packages.UpdateAdjustmentsAsync(h.License, [adjust with { Label = "pkg-1", Quantity = -1 }]));
        await h.Client.Packages.UpdateAdjustmentsAsync(h.License, [adjust with { Quantity = -1 }]);

        Assert.Equal(("Active", 299m), h.Emulator.GetSnapshot(MetrcState.Co, h.License).Packages[source]);
    }

    [Fact]
    public async Task Only_an_active_package_of_the_facility_is_discontinued()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        string finished = h.Facility.SeededPackages[1];
        long id = (await h.Client.Packages.GetByLabelAsync(h.License, package)).Id;
        long finishedId = (await h.Client.Packages.GetByLabelAsync(h.License, finished)).Id;
        long otherFacility = (await h.ClientFor(h.Emulator.Facilities[1].UserKey).Packages.GetByLabelAsync(h.Emulator.Facilities[1].LicenseNumber, h.Emulator.Facilities[1].SeededPackages[0])).Id;
        await h.Client.Packages.FinishAsync(h.License, [new FinishPackageRequest { Label = finished, ActualDate = s_today }]);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFinished, () => h.Client.Packages.DiscontinueAsync(h.License, finishedId));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageNotActive, () => h.Client.Packages.DiscontinueAsync(h.License, otherFacility));
        await h.Client.Packages.DiscontinueAsync(h.License, id);

        Assert.DoesNotContain(package, h.Emulator.GetSnapshot(MetrcState.Co, h.License).Packages.Keys);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageNotActive, () => h.Client.Packages.DiscontinueAsync(h.License, id));
    }

    private static OffsetDateTime At(TimeSpan fromStart) => OffsetDateTime.FromDateTimeOffset(EmulatorHarness.Start.Add(fromStart));

    private static CreatePackagePlantingsRequest FromPackage(string label) => new()
    {
        PackageLabel = label,
        PackageAdjustmentAmount = 10,
        PackageAdjustmentUnitOfMeasureName = "Grams",
        PlantBatchName = "PB-1",
        PlantBatchType = "Clone",
        PlantCount = 10,
        LocationName = "Veg Room",
        StrainName = "Blue Dream",
        PlantedDate = At(TimeSpan.FromHours(-1)),
        UnpackagedDate = At(TimeSpan.FromHours(-1)),
    };
}
