using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>Valid rows of every write type on a fixed clock (2026-06-01 15:00 UTC, 09:00 in Denver), plus a snapshot that fits them.</summary>
internal static class ValidationRows
{
    public const string License = "CO-LIC-0001";

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 15, 0, 0, TimeSpan.Zero);

    public static readonly LocalDate Today = new(2026, 6, 1);

    public static string PackageTag(int n) => "1A4FF0100000" + n.ToString("D12", CultureInfo.InvariantCulture);

    public static string PlantTag(int n) => "1A4FF0200000" + n.ToString("D12", CultureInfo.InvariantCulture);

    public static MetrcValidator Validator(MetrcValidationOptions? options = null) => new(options, new FakeTimeProvider(Now));

    public static MetrcValidationContext Co(MetrcLifecycleSnapshot? snapshot = null) =>
        new() { State = MetrcState.Co, LicenseNumber = License, Snapshot = snapshot };

    public static CreatePackageRequest Package(int tag = 1) => new()
    {
        Tag = PackageTag(tag),
        Item = "Buds",
        Quantity = 10,
        UnitOfMeasure = "Grams",
        ActualDate = Today,
        Ingredients = [new PackageIngredient { Package = PackageTag(900), Quantity = 10, UnitOfMeasure = "Grams" }],
    };

    public static CreateHarvestPackageRequest HarvestPackage(int tag = 1) => new()
    {
        Tag = PackageTag(tag),
        Location = "Vault",
        Item = "Buds",
        UnitOfWeight = "Grams",
        ActualDate = Today,
        Ingredients = [new HarvestIngredient { HarvestName = "H-1", Weight = 10, UnitOfWeight = "Grams" }],
    };

    public static FinishPackageRequest Finish(int tag = 900) => new() { Label = PackageTag(tag), ActualDate = Today };

    public static UnfinishPackageRequest Unfinish(int tag = 901) => new() { Label = PackageTag(tag) };

    public static AdjustPackageRequest Adjust(int tag = 900) => new()
    {
        Label = PackageTag(tag),
        Quantity = -1,
        UnitOfMeasure = "Grams",
        AdjustmentReason = "Drying",
        AdjustmentDate = Today,
    };

    public static CreatePlantingsRequest Planting(string name = "B-1") => new()
    {
        Name = name,
        Type = "Clone",
        Count = 10,
        Strain = "Blue Dream",
        Location = "Veg Room",
        ActualDate = Today,
    };

    public static ChangePlantBatchGrowthPhaseRequest BatchPhase(int firstTag = 1, int count = 3) => new()
    {
        Name = "B-1",
        Count = count,
        StartingTag = PlantTag(firstTag),
        GrowthPhase = "Vegetative",
        NewLocation = "Veg Room",
        GrowthDate = Today,
    };

    public static ChangePlantGrowthPhaseRequest PlantPhase(int tag = 100) => new()
    {
        Label = PlantTag(tag),
        GrowthPhase = "Flowering",
        NewLocation = "Flower Room",
        GrowthDate = Today,
    };

    public static HarvestPlantRequest Harvest(int tag = 101) => new()
    {
        Plant = PlantTag(tag),
        Weight = 250.5m,
        UnitOfWeight = "Grams",
        DryingLocation = "Dry Room",
        HarvestName = "H-1",
        ActualDate = Today,
    };

    public static DestroyPlantRequest Destroy(int tag = 100) => new()
    {
        Label = PlantTag(tag),
        WasteMethodName = "Grinder",
        WasteWeight = 1,
        WasteUnitOfMeasureName = "Grams",
        WasteReasonName = "Male Plants",
        ActualDate = Today,
    };

    public static CreateSalesReceiptRequest Sale(int tag = 900) => new()
    {
        SalesDateTime = Instant.FromDateTimeOffset(Now).Minus(Duration.FromMinutes(5)).WithOffset(Offset.FromHours(-6)),
        SalesCustomerType = "Consumer",
        ExternalReceiptNumber = "R-1",
        Transactions = [new CreateSalesTransaction { PackageLabel = PackageTag(tag), Quantity = 1, UnitOfMeasure = "Grams", TotalAmount = 10 }],
    };

    public static CreateOutgoingTransferRequest Transfer(params int[] tags) => new()
    {
        Name = "M-1",
        Destinations =
        [
            new TransferDestinationRequest
            {
                RecipientLicenseNumber = "CO-LIC-0002", TransferTypeName = "Wholesale Manifest",
                Packages = [.. (tags.Length == 0 ? [900] : tags).Select(t => new TransferPackageRequest { PackageLabel = PackageTag(t) })],
            },
        ],
    };

    /// <summary>
    /// Package tags 1-50 issued and unused, plant tags 1-50 issued and unused; plant 100 vegetative, 101 flowering,
    /// 102 harvested; package 900 active (100 g, tested), 901 finished, 902 on hold, 903 in transit, 904 untested;
    /// package tag 60 used, plant tag 70 of another facility; items Buds (weight) and Gummies (count).
    /// </summary>
    public static MetrcLifecycleSnapshot Snapshot()
    {
        var tags = new Dictionary<string, MetrcTagInfo>();
        for (int i = 1; i <= 50; i++)
        {
            tags[PackageTag(i)] = new MetrcTagInfo(MetrcTagKind.Package, License);
            tags[PlantTag(i)] = new MetrcTagInfo(MetrcTagKind.Plant, License);
        }

        tags[PackageTag(60)] = new MetrcTagInfo(MetrcTagKind.Package, License, Used: true);
        tags[PlantTag(70)] = new MetrcTagInfo(MetrcTagKind.Plant, "CO-LIC-0002");
        MetrcPackageInfo Active(PackageStatus status, bool tested = true) =>
            new(status) { Quantity = 100, UnitOfMeasure = "Grams", LabTestingState = tested ? LabTestingState.TestPassed : LabTestingState.NotSubmitted };
        return new MetrcLifecycleSnapshot
        {
            LicenseNumber = License,
            Tags = tags,
            Plants = new Dictionary<string, PlantGrowthPhase>
            {
                [PlantTag(100)] = PlantGrowthPhase.Vegetative,
                [PlantTag(101)] = PlantGrowthPhase.Flowering,
                [PlantTag(102)] = PlantGrowthPhase.Harvested,
            },
            Packages = new Dictionary<string, MetrcPackageInfo>
            {
                [PackageTag(900)] = Active(PackageStatus.Active),
                [PackageTag(901)] = Active(PackageStatus.Finished),
                [PackageTag(902)] = Active(PackageStatus.OnHold),
                [PackageTag(903)] = Active(PackageStatus.InTransit),
                [PackageTag(904)] = Active(PackageStatus.Active, tested: false),
            },
            Items = new Dictionary<string, QuantityKind>(StringComparer.OrdinalIgnoreCase) { ["Buds"] = QuantityKind.Weight, ["Gummies"] = QuantityKind.Count },
            LicenseStartDate = new LocalDate(2024, 6, 1),
        };
    }
}
