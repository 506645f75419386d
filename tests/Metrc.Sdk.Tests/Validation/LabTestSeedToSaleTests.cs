using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>
/// Seed to sale through a lab test with automatic validation and the snapshot loader on, against an emulator that
/// requires a passing test for sale and transfer in Colorado (the same state-table override on both sides).
/// </summary>
public sealed class LabTestSeedToSaleTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly LocalDate Today = new(2026, 6, 1);
    private static readonly MetrcStateRules Required = MetrcStateRules.For(MetrcState.Co) with { LabTestRequiredForSale = true, LabTestRequiredForTransfer = true };

    private LoaderEmulator _loaded = null!;

    private MetrcEmulator Emulator => _loaded.Emulator;

    private EmulatedFacility Facility => _loaded.Facility;

    private string License => Facility.LicenseNumber;

    private IMetrcClient Client => _loaded.Client;

    public async Task InitializeAsync() => _loaded = await LoaderEmulator.StartAsync(new FakeTimeProvider(Start), Required);

    public async Task DisposeAsync() => await _loaded.DisposeAsync();

    [Fact]
    public async Task A_harvest_package_is_sold_and_transferred_after_a_passing_lab_test_and_refused_before()
    {
        string package = await HarvestPackageAsync();

        MetrcValidationException untested = await Assert.ThrowsAsync<MetrcValidationException>(() => Client.Sales.CreateReceiptsAsync(License, [Sale(package, "R-1")]));
        Assert.True(untested.IsClientSide);
        Assert.Equal(MetrcRuleCodes.LabTestRequired, Assert.Single(untested.RowErrors).Code);

        await Client.LabTests.RecordResultsAsync(License,
        [
            new RecordLabTestResultRequest
            {
                Label = package,
                ResultDate = OffsetDateTime.FromDateTimeOffset(Start.AddHours(-1)),
                Results = [new LabTestResultRequest { LabTestTypeName = "THC", Quantity = 21.5m, Passed = true }, new LabTestResultRequest { LabTestTypeName = "Pathogen A", Passed = true }],
            },
        ]);
        await Client.Sales.CreateReceiptsAsync(License, [Sale(package, "R-1")]);
        await Client.Transfers.CreateOutgoingAsync(License, [Transfer(package)]);

        EmulatorFacilitySnapshot snapshot = Emulator.GetSnapshot(MetrcState.Co, License);
        Assert.Equal(["R-1"], snapshot.Receipts);
        Assert.Equal(("InTransit", 95m), snapshot.Packages[package]);
    }

    [Fact]
    public async Task A_failed_result_is_refused_by_the_validator_before_the_sale_is_sent_and_remediation_needs_a_retest()
    {
        string package = Facility.SeededPackages[0];
        await Client.LabTests.RecordResultsAsync(License,
            [new RecordLabTestResultRequest { Label = package, ResultDate = OffsetDateTime.FromDateTimeOffset(Start), Results = [new LabTestResultRequest { LabTestTypeName = "Mold", Passed = false }] }]);

        MetrcValidationException failed = await Assert.ThrowsAsync<MetrcValidationException>(() => Client.Transfers.CreateOutgoingAsync(License, [Transfer(package)]));
        Assert.True(failed.IsClientSide);
        Assert.Equal(MetrcRuleCodes.LabTestFailed, Assert.Single(failed.RowErrors).Code);

        await Client.Packages.RemediateAsync(License,
            [new RemediatePackageRequest { PackageLabel = package, RemediationMethodName = "Further Drying", RemediationDate = Today, RemediationSteps = "Dried 48 hours" }]);
        MetrcValidationException remediated = await Assert.ThrowsAsync<MetrcValidationException>(() => Client.Sales.CreateReceiptsAsync(License, [Sale(package, "R-1")]));
        Assert.Equal(MetrcRuleCodes.LabTestRequired, Assert.Single(remediated.RowErrors).Code);
        Assert.Empty(Emulator.GetSnapshot(MetrcState.Co, License).Receipts);
    }

    private async Task<string> HarvestPackageAsync()
    {
        string batch = "B-1";
        string plant = Facility.PlantTags[0];
        string tag = Facility.PackageTags[0];
        await Client.PlantBatches.CreatePlantingsAsync(License,
            [new CreatePlantingsRequest { Name = batch, Type = "Clone", Count = 1, Strain = "Blue Dream", Location = "Veg Room", ActualDate = Today }]);
        await Client.PlantBatches.ChangeGrowthPhaseAsync(License,
            [new ChangePlantBatchGrowthPhaseRequest { Name = batch, Count = 1, StartingTag = plant, GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = Today }]);
        await Client.Plants.ChangeGrowthPhaseAsync(License,
            [new ChangePlantGrowthPhaseRequest { Label = plant, GrowthPhase = "Flowering", NewLocation = "Flower Room", GrowthDate = Today }]);
        await Client.Plants.HarvestAsync(License,
            [new HarvestPlantRequest { Plant = plant, Weight = 100, UnitOfWeight = "Grams", DryingLocation = "Dry Room", HarvestName = "H-1", ActualDate = Today }]);
        await Client.Harvests.CreatePackagesAsync(License,
        [
            new CreateHarvestPackageRequest
            {
                Tag = tag, Location = "Vault", Item = "Buds", UnitOfWeight = "Grams", ActualDate = Today,
                Ingredients = [new HarvestIngredient { HarvestName = "H-1", Weight = 100, UnitOfWeight = "Grams" }],
            },
        ]);
        return tag;
    }

    private static CreateSalesReceiptRequest Sale(string package, string receipt) => new()
    {
        SalesDateTime = OffsetDateTime.FromDateTimeOffset(Start.AddMinutes(-5)),
        SalesCustomerType = "Consumer",
        ExternalReceiptNumber = receipt,
        Transactions = [new CreateSalesTransaction { PackageLabel = package, Quantity = 5, UnitOfMeasure = "Grams", TotalAmount = 50 }],
    };

    private CreateOutgoingTransferRequest Transfer(string package) => new()
    {
        Name = "M-1",
        Destinations =
        [
            new TransferDestinationRequest
            {
                RecipientLicenseNumber = Emulator.Facilities[1].LicenseNumber, TransferTypeName = "Wholesale Manifest",
                Packages = [new TransferPackageRequest { PackageLabel = package, WholesalePrice = 100 }],
            },
        ],
    };
}
