using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>The SDK loads a lifecycle snapshot from Metrc (the emulator here) and caches it, bounded and expiring.</summary>
public sealed class SnapshotLoaderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly LocalDate Today = new(2026, 6, 1);

    private readonly FakeTimeProvider _clock = new(Start);
    private LoaderEmulator _loaded = null!;

    private MetrcEmulator Emulator => _loaded.Emulator;

    private ServiceProvider Services => _loaded.Services;

    private EmulatedFacility Facility => _loaded.Facility;

    private IMetrcClient Client => _loaded.Client;

    private MetrcLifecycleSnapshotLoader Loader => (MetrcLifecycleSnapshotLoader)Services.GetRequiredService<IMetrcLifecycleSnapshotProvider>();

    public async Task InitializeAsync() => _loaded = await LoaderEmulator.StartAsync(_clock);

    public async Task DisposeAsync() => await _loaded.DisposeAsync();

    [Fact]
    public async Task The_loader_reads_tags_plants_packages_items_and_licence_from_metrc()
    {
        await Client.PlantBatches.CreatePlantingsAsync(Facility.LicenseNumber, [Planting("LB-1", 2)]);
        await Client.PlantBatches.ChangeGrowthPhaseAsync(Facility.LicenseNumber, [BatchPhase("LB-1", 2, Facility.PlantTags[0])]);

        MetrcLifecycleSnapshot snapshot = await Loader.LoadAsync(MetrcState.Co, Facility.LicenseNumber);

        Assert.Equal(PlantGrowthPhase.Vegetative, snapshot.Plants![Facility.PlantTags[0]]);
        Assert.False(snapshot.Tags!.ContainsKey(Facility.PlantTags[0]));
        Assert.Equal(MetrcTagKind.Plant, snapshot.Tags[Facility.PlantTags[2]].Kind);
        Assert.Equal(MetrcTagKind.Package, snapshot.Tags[Facility.PackageTags[0]].Kind);
        MetrcPackageInfo seeded = snapshot.Packages![Facility.SeededPackages[0]];
        Assert.Equal((PackageStatus.Active, "Grams", (LabTestingState?)LabTestingState.TestPassed), (seeded.Status, seeded.UnitOfMeasure, seeded.LabTestingState));
        Assert.Equal(QuantityKind.Weight, snapshot.Items!["Buds"]);
        Assert.Equal(Today.PlusYears(-2), snapshot.LicenseStartDate);
    }

    [Fact]
    public async Task The_loader_reads_active_plant_batches_and_the_waste_methods_and_reasons_metrc_lists()
    {
        await Client.PlantBatches.CreatePlantingsAsync(Facility.LicenseNumber, [Planting("LB-2", 3)]);

        MetrcLifecycleSnapshot snapshot = await Loader.LoadAsync(MetrcState.Co, Facility.LicenseNumber);

        Assert.Equal(3, snapshot.PlantBatches!["LB-2"].UntrackedCount);
        Assert.Contains("grinder", snapshot.WasteMethods!);
        Assert.Contains("Male Plants", snapshot.WasteReasons!);
        Assert.DoesNotContain("Boredom", snapshot.WasteReasons!);
    }

    [Fact]
    public async Task Automatic_validation_uses_the_loaded_snapshot_and_sees_the_effect_of_its_own_writes()
    {
        string package = Facility.SeededPackages[0];
        await Client.Packages.FinishAsync(Facility.LicenseNumber, [new FinishPackageRequest { Label = package, ActualDate = Today }]);

        var error = await Assert.ThrowsAsync<MetrcValidationException>(() => Client.Sales.CreateReceiptsAsync(Facility.LicenseNumber, [Sale(package, "LR-1")]));
        Assert.True(error.IsClientSide);
        Assert.Equal(MetrcRuleCodes.PackageFinished, Assert.Single(error.RowErrors).Code);
        Assert.Empty(Emulator.GetSnapshot(MetrcState.Co, Facility.LicenseNumber).Receipts);

        // The unfinish is a write through the same factory: the cached snapshot is dropped, so the sale now passes.
        await Client.Packages.UnfinishAsync(Facility.LicenseNumber, [new UnfinishPackageRequest { Label = package }]);
        await Client.Sales.CreateReceiptsAsync(Facility.LicenseNumber, [Sale(package, "LR-2")]);

        Assert.Equal(["LR-2"], Emulator.GetSnapshot(MetrcState.Co, Facility.LicenseNumber).Receipts);
    }

    [Fact]
    public async Task Snapshots_are_cached_until_they_expire()
    {
        var loader = new MetrcLifecycleSnapshotLoader(Services.GetRequiredService<IMetrcClientFactory>(), _clock) { Expiry = TimeSpan.FromSeconds(30) };

        MetrcLifecycleSnapshot? first = await loader.GetSnapshotAsync(MetrcState.Co, Facility.LicenseNumber);
        _clock.Advance(TimeSpan.FromSeconds(29));
        MetrcLifecycleSnapshot? cached = await loader.GetSnapshotAsync(MetrcState.Co, Facility.LicenseNumber);
        _clock.Advance(TimeSpan.FromSeconds(1));
        MetrcLifecycleSnapshot? reloaded = await loader.GetSnapshotAsync(MetrcState.Co, Facility.LicenseNumber);

        Assert.Same(first, cached);
        Assert.NotSame(first, reloaded);
        loader.Invalidate(MetrcState.Co, Facility.LicenseNumber);
        Assert.Equal(0, loader.Count);
    }

    [Fact]
    public async Task The_cache_keeps_at_most_the_configured_number_of_facilities()
    {
        var loader = new MetrcLifecycleSnapshotLoader(Services.GetRequiredService<IMetrcClientFactory>(), _clock) { MaxFacilities = 1 };

        await loader.GetSnapshotAsync(MetrcState.Co, Emulator.Facilities[0].LicenseNumber);
        _clock.Advance(TimeSpan.FromSeconds(1));
        MetrcLifecycleSnapshot? second = await loader.GetSnapshotAsync(MetrcState.Co, Emulator.Facilities[1].LicenseNumber);

        Assert.Equal(1, loader.Count);
        Assert.Same(second, await loader.GetSnapshotAsync(MetrcState.Co, Emulator.Facilities[1].LicenseNumber));
        await Assert.ThrowsAsync<ArgumentException>(() => loader.GetSnapshotAsync(MetrcState.Co, " ").AsTask());
    }

    private static CreatePlantingsRequest Planting(string name, int count) => new()
    {
        Name = name,
        Type = "Clone",
        Count = count,
        Strain = "Blue Dream",
        Location = "Veg Room",
        ActualDate = Today,
    };

    private static ChangePlantBatchGrowthPhaseRequest BatchPhase(string name, int count, string startingTag) => new()
    {
        Name = name,
        Count = count,
        StartingTag = startingTag,
        GrowthPhase = "Vegetative",
        NewLocation = "Veg Room",
        GrowthDate = Today,
    };

    private static CreateSalesReceiptRequest Sale(string package, string number) => new()
    {
        SalesDateTime = Instant.FromDateTimeOffset(Start).Minus(Duration.FromHours(1)).WithOffset(Offset.Zero),
        SalesCustomerType = "Consumer",
        ExternalReceiptNumber = number,
        Transactions = [new CreateSalesTransaction { PackageLabel = package, Quantity = 1, UnitOfMeasure = "Grams", TotalAmount = 10 }],
    };
}
