using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;
using static Metrc.Sdk.Tests.Validation.ValidationRows;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>Rules of the package writes beyond create, adjust and finish, and split/repackage conservation.</summary>
public sealed class PackagesRuleTests
{
    private static readonly MetrcValidator V = Validator();

    public static TheoryData<string, Func<MetrcValidationResult>, int, string?, string> Broken() => new()
    {
        // Conservation and places in Packages.Create (and Packages.CreateTesting, same rules).
        { "split more than the ingredient", () => V.Validate(Package() with { Quantity = 10.0001m }, Co()), 0, "Quantity", MetrcRuleCodes.QuantityNotConserved },
        { "two ingredients, more than both", () => V.Validate(Package() with { Quantity = 15.5m, Ingredients = [Ingredient(10, "Grams"), Ingredient(5, "Grams")] }, Co()), 0, "Quantity", MetrcRuleCodes.QuantityNotConserved },
        { "grams out of an ounce", () => V.Validate(Package() with { Quantity = 28.35m, Ingredients = [Ingredient(1, "Ounces")] }, Co()), 0, "Quantity", MetrcRuleCodes.QuantityNotConserved },
        { "testing package over its source", () => V.Validate(MetrcWriteOperations.Packages.CreateTesting, [Package() with { Quantity = 11 }], Co()), 0, "Quantity", MetrcRuleCodes.QuantityNotConserved },
        { "unknown location", () => V.Validate(Package() with { Location = "Nowhere" }, Co(Places())), 0, "Location", MetrcRuleCodes.LocationNotFound },
        { "unknown sublocation", () => V.Validate(Package() with { Sublocation = "Shelf 9" }, Co(Places())), 0, "Sublocation", MetrcRuleCodes.SublocationNotFound },
        { "PUT adjustment below zero", () => V.Validate(MetrcWriteOperations.Packages.UpdateAdjustments, [Adjust() with { Quantity = -100.5m }], Co(Places())), 0, "Quantity", MetrcRuleCodes.QuantityExceedsAvailable },

        // Plant batches from a package.
        { "plantings without an amount", () => Plantings(FromPackage() with { PackageAdjustmentAmount = null }), 0, "PackageAdjustmentAmount", MetrcRuleCodes.Required },
        { "plantings of a zero amount", () => Plantings(FromPackage() with { PackageAdjustmentAmount = 0 }), 0, "PackageAdjustmentAmount", MetrcRuleCodes.QuantityPositive },
        { "plantings over stock", () => Plantings(FromPackage() with { PackageAdjustmentAmount = 100.5m }), 0, "PackageAdjustmentAmount", MetrcRuleCodes.QuantityExceedsAvailable },
        { "plantings over stock in ounces", () => Plantings(FromPackage() with { PackageAdjustmentAmount = 4, PackageAdjustmentUnitOfMeasureName = "Ounces" }), 0, "PackageAdjustmentAmount", MetrcRuleCodes.QuantityExceedsAvailable },
        { "plantings in a count unit from grams", () => Plantings(FromPackage() with { PackageAdjustmentUnitOfMeasureName = "Each" }), 0, "PackageAdjustmentUnitOfMeasureName", MetrcRuleCodes.UnitIncompatible },
        { "plantings in an unknown unit", () => Plantings(FromPackage() with { PackageAdjustmentUnitOfMeasureName = "Bushels" }), 0, "PackageAdjustmentUnitOfMeasureName", MetrcRuleCodes.UnitUnknown },
        { "plantings from a finished package", () => Plantings(FromPackage(901)), 0, "PackageLabel", MetrcRuleCodes.PackageFinished },
        { "plantings from an unknown package", () => Plantings(FromPackage(999)), 0, "PackageLabel", MetrcRuleCodes.PackageNotActive },
        { "plantings from a malformed label", () => Plantings(FromPackage() with { PackageLabel = "PKG-1" }), 0, "PackageLabel", MetrcRuleCodes.TagFormat },
        { "plantings of 101 plants", () => Plantings(FromPackage() with { PlantCount = 101 }), 0, "PlantCount", MetrcRuleCodes.PlantBatchCountCap },
        {
            "plantings over a state's smaller cap",
            () => V.Validate(MetrcWriteOperations.Packages.CreatePlantings, [FromPackage() with { PlantCount = 60 }], Co(Places()) with { Rules = MetrcStateRules.For(MetrcState.Co) with { PlantBatchCap = 50 } }),
            0, "PlantCount", MetrcRuleCodes.PlantBatchCountCap
        },
        { "plantings of no plants", () => Plantings(FromPackage() with { PlantCount = 0 }), 0, "PlantCount", MetrcRuleCodes.QuantityPositive },
        { "two batches one name", () => Plantings(FromPackage(), FromPackage() with { PackageAdjustmentAmount = 1 }), 1, "PlantBatchName", MetrcRuleCodes.PlantBatchNameInUse },
        { "plantings of a cutting", () => Plantings(FromPackage() with { PlantBatchType = "Cutting" }), 0, "PlantBatchType", MetrcRuleCodes.InvalidValue },
        { "plantings of an unknown strain", () => Plantings(FromPackage() with { StrainName = "Moon Kush" }), 0, "StrainName", MetrcRuleCodes.StrainNotFound },
        { "plantings into an unknown location", () => Plantings(FromPackage() with { LocationName = "Nowhere" }), 0, "LocationName", MetrcRuleCodes.LocationNotFound },
        { "plantings into an unknown sublocation", () => Plantings(FromPackage() with { SublocationName = "Shelf 9" }), 0, "SublocationName", MetrcRuleCodes.SublocationNotFound },
        { "plantings without a planted date", () => Plantings(FromPackage() with { PlantedDate = null }), 0, "PlantedDate", MetrcRuleCodes.Required },
        { "plantings unpackaged in an hour", () => Plantings(FromPackage() with { UnpackagedDate = At(Duration.FromHours(1)) }), 0, "UnpackagedDate", MetrcRuleCodes.DateInFuture },
        { "plantings before the licence", () => Plantings(FromPackage() with { PlantedDate = At(Duration.FromDays(-800)) }), 0, "PlantedDate", MetrcRuleCodes.DateBeforeLicense },

        // Flags.
        { "unflag a donation that is not one", () => Flag(MetrcWriteOperations.Packages.UnflagDonations, 911), 0, "Label", MetrcRuleCodes.PackageFlagNotSet },
        { "unflag a trade sample that is not one", () => Flag(MetrcWriteOperations.Packages.UnflagTradeSamples, 911), 0, "Label", MetrcRuleCodes.PackageFlagNotSet },
        { "unflag a finished good that is not one", () => Flag(MetrcWriteOperations.Packages.UnflagFinishedGoods, 911), 0, "Label", MetrcRuleCodes.PackageFlagNotSet },
        { "flag a package on hold", () => Flag(MetrcWriteOperations.Packages.FlagDonations, 902), 0, "Label", MetrcRuleCodes.PackageOnHold },
        { "flag a finished package", () => Flag(MetrcWriteOperations.Packages.FlagTradeSamples, 901), 0, "Label", MetrcRuleCodes.PackageFinished },
        { "flag an unknown package", () => Flag(MetrcWriteOperations.Packages.FlagFinishedGoods, 999), 0, "Label", MetrcRuleCodes.PackageNotActive },
        { "flag a malformed label", () => V.Validate(MetrcWriteOperations.Packages.FlagFinishedGoods, [new PackageLabelRequest { Label = "pkg" }], Co()), 0, "Label", MetrcRuleCodes.TagFormat },
        { "flag without a label", () => V.Validate(MetrcWriteOperations.Packages.FlagDonations, [new PackageLabelRequest()], Co()), 0, "Label", MetrcRuleCodes.Required },

        // Item, location, note, external id and date changes.
        { "change to an unknown item", () => ChangeItem(900, "Moon Rocks"), 0, "Item", MetrcRuleCodes.ItemNotFound },
        { "change grams to a count item", () => ChangeItem(900, "Gummies"), 0, "Item", MetrcRuleCodes.UnitIncompatible },
        { "change to no item", () => ChangeItem(900, null), 0, "Item", MetrcRuleCodes.Required },
        { "change the item of a package in transit", () => ChangeItem(903, "Buds"), 0, "Label", MetrcRuleCodes.PackageInTransit },
        { "move to an unknown location", () => Move(r => r with { Location = "Nowhere" }), 0, "Location", MetrcRuleCodes.LocationNotFound },
        { "move to an unknown sublocation", () => Move(r => r with { Sublocation = "Shelf 9" }), 0, "Sublocation", MetrcRuleCodes.SublocationNotFound },
        { "move without a date", () => Move(r => r with { MoveDate = null }), 0, "MoveDate", MetrcRuleCodes.Required },
        { "move tomorrow", () => Move(r => r with { MoveDate = Today.PlusDays(1) }), 0, "MoveDate", MetrcRuleCodes.DateInFuture },
        { "move a package in transit", () => Move(r => r with { Label = PackageTag(903) }), 0, "Label", MetrcRuleCodes.PackageInTransit },
        { "blank note", () => V.Validate(MetrcWriteOperations.Packages.SetNotes, [new SetPackageNoteRequest { PackageLabel = PackageTag(900), Note = " " }], Co(Places())), 0, "Note", MetrcRuleCodes.Required },
        { "note on an unknown package", () => V.Validate(MetrcWriteOperations.Packages.SetNotes, [new SetPackageNoteRequest { PackageLabel = PackageTag(999), Note = "Cured" }], Co(Places())), 0, "PackageLabel", MetrcRuleCodes.PackageNotActive },
        { "no external id", () => V.Validate(MetrcWriteOperations.Packages.SetExternalIds, [new SetPackageExternalIdRequest { PackageLabel = PackageTag(900) }], Co(Places())), 0, "ExternalId", MetrcRuleCodes.Required },
        { "external id on a malformed label", () => V.Validate(MetrcWriteOperations.Packages.SetExternalIds, [new SetPackageExternalIdRequest { PackageLabel = "P-1", ExternalId = "ERP-1" }], Co()), 0, "PackageLabel", MetrcRuleCodes.TagFormat },
        { "sell by after expiration", () => Dates(sellBy: 30, useBy: null, expiration: 20), 0, "SellByDate", MetrcRuleCodes.PackageDatesOrder },
        { "use by after expiration", () => Dates(sellBy: null, useBy: 30, expiration: 20), 0, "UseByDate", MetrcRuleCodes.PackageDatesOrder },
        { "sell by after use by", () => Dates(sellBy: 30, useBy: 20, expiration: null), 0, "SellByDate", MetrcRuleCodes.PackageDatesOrder },
        { "dates of an unknown package", () => V.Validate(MetrcWriteOperations.Packages.SetDates, [new SetPackageDatesRequest { Label = PackageTag(999), ExpirationDate = Today }], Co(Places())), 0, "Label", MetrcRuleCodes.PackageNotActive },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_row_that_breaks_a_package_rule_is_reported_with_its_row_field_and_code(string name, Func<MetrcValidationResult> validate, int row, string? field, string code)
    {
        MetrcValidationResult result = validate();

        Assert.False(result.IsValid, name);
        Assert.Contains(result.Issues, i => i.RowIndex == row && i.Field == field && i.Code == code && i.Severity == MetrcValidationSeverity.Error);
    }

    [Fact]
    public void Valid_package_rows_pass_without_and_with_a_snapshot()
    {
        AssertClean(V.Validate(Package() with { Quantity = 28.3495m, Ingredients = [Ingredient(1, "Ounces")] }, Co()));
        foreach (MetrcValidationContext context in new[] { Co(), Co(Places()) })
        {
            AssertClean(V.Validate(Package() with { Quantity = 15, Ingredients = [Ingredient(10, "Grams"), Ingredient(5, "Grams")], Location = "Vault", Sublocation = "Shelf 1" }, context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.CreateTesting, [Package() with { Sublocation = "Shelf 1" }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.UpdateAdjustments, [Adjust()], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.CreatePlantings,
                [FromPackage(), FromPackage() with { PlantBatchName = "PB-2", PackageAdjustmentAmount = 1, PackageAdjustmentUnitOfMeasureName = "Ounces", LocationName = null, SublocationName = "Shelf 1" }],
                context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.FlagDonations, [Label(911), Label(900)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.UnflagDonations, [Label(910), Label(900)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.FlagTradeSamples, [Label(911), Label(910)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.UnflagTradeSamples, [Label(910)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.FlagFinishedGoods, [Label(911)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.UnflagFinishedGoods, [Label(910)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.ChangeItems, [new ChangePackageItemRequest { Label = PackageTag(900), Item = "Buds" }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.ChangeLocations,
                [new ChangePackageLocationRequest { Label = PackageTag(900), Location = "Vault", Sublocation = "Shelf 1", MoveDate = Today }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.SetNotes, [new SetPackageNoteRequest { PackageLabel = PackageTag(901), Note = "Cured 14 days" }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.SetExternalIds, [new SetPackageExternalIdRequest { PackageLabel = PackageTag(903), ExternalId = "ERP-903" }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Packages.SetDates,
                [new SetPackageDatesRequest { Label = PackageTag(900), SellByDate = Today.PlusDays(10), UseByDate = Today.PlusDays(20), ExpirationDate = Today.PlusDays(20) }], context));
        }
    }

    [Fact]
    public void Conservation_is_not_judged_across_kinds_of_unit()
    {
        // 500 pre-rolls from 10 g of flower: a count cannot be compared with a weight, so only the other rules apply.
        AssertClean(V.Validate(Package() with { Quantity = 500, UnitOfMeasure = "Each" }, Co()));
        Assert.DoesNotContain(V.Validate(Package() with { Quantity = 500, UnitOfMeasure = "Each" }, Co(Places())).Issues, i => i.Code == MetrcRuleCodes.QuantityNotConserved);
    }

    [Fact]
    public void An_unflag_is_not_judged_when_the_flag_is_unknown()
    {
        // Package 900's flags are unknown (null), as when a snapshot is built from records that do not keep them.
        Assert.Null(Places().Packages![PackageTag(900)].IsFinishedGood);
        AssertClean(V.Validate(MetrcWriteOperations.Packages.UnflagFinishedGoods, [Label(900)], Co(Places())));
    }

    [Fact]
    public void Units_convert_within_a_kind_only()
    {
        Assert.True(MetrcUnits.TryConvert(1, "Pounds", "Ounces", out decimal ounces));
        Assert.Equal(16m, ounces);
        Assert.True(MetrcUnits.TryConvert(2, "Liters", "Milliliters", out decimal milliliters));
        Assert.Equal(2000m, milliliters);
        Assert.True(MetrcUnits.TryConvert(1, "Gallons", "Quarts", out decimal quarts));
        Assert.Equal(4m, quarts);
        Assert.False(MetrcUnits.TryConvert(1, "Grams", "Each", out _));
        Assert.False(MetrcUnits.TryConvert(1, "Bushels", "Grams", out _));
    }

    private static void AssertClean(MetrcValidationResult result) => Assert.True(result.IsValid, string.Join("; ", result.Issues));

    private static PackageIngredient Ingredient(decimal quantity, string unit) => new() { Package = PackageTag(900), Quantity = quantity, UnitOfMeasure = unit };

    private static OffsetDateTime At(Duration fromNow) => Instant.FromDateTimeOffset(Now).Plus(fromNow).WithOffset(Offset.FromHours(-6));

    private static CreatePackagePlantingsRequest FromPackage(int tag = 900) => new()
    {
        PackageLabel = PackageTag(tag),
        PackageAdjustmentAmount = 10,
        PackageAdjustmentUnitOfMeasureName = "Grams",
        PlantBatchName = "PB-1",
        PlantBatchType = "Clone",
        PlantCount = 10,
        LocationName = "Veg Room",
        StrainName = "Blue Dream",
        PlantedDate = At(Duration.FromHours(-1)),
        UnpackagedDate = At(Duration.FromHours(-1)),
    };

    private static MetrcValidationResult Plantings(params CreatePackagePlantingsRequest[] rows) =>
        V.Validate(MetrcWriteOperations.Packages.CreatePlantings, rows, Co(Places()));

    private static PackageLabelRequest Label(int tag) => new() { Label = PackageTag(tag) };

    private static MetrcValidationResult Flag(MetrcWriteOperation<PackageLabelRequest> operation, int tag) => V.Validate(operation, [Label(tag)], Co(Places()));

    private static MetrcValidationResult ChangeItem(int tag, string? item) =>
        V.Validate(MetrcWriteOperations.Packages.ChangeItems, [new ChangePackageItemRequest { Label = PackageTag(tag), Item = item }], Co(Places()));

    private static MetrcValidationResult Move(Func<ChangePackageLocationRequest, ChangePackageLocationRequest> change) => V.Validate(MetrcWriteOperations.Packages.ChangeLocations,
        [change(new ChangePackageLocationRequest { Label = PackageTag(900), Location = "Vault", MoveDate = Today })], Co(Places()));

    private static MetrcValidationResult Dates(int? sellBy, int? useBy, int? expiration) => V.Validate(MetrcWriteOperations.Packages.SetDates,
        [new SetPackageDatesRequest { Label = PackageTag(900), SellByDate = Later(sellBy), UseByDate = Later(useBy), ExpirationDate = Later(expiration) }],
        Co(Places()));

    private static LocalDate? Later(int? days) => days is { } d ? Today.PlusDays(d) : null;

    /// <summary>
    /// <see cref="ValidationRows.Snapshot"/> plus places and strains (locations Veg Room and Vault, sublocation Shelf 1,
    /// strain Blue Dream) and two active 100 g packages: 910 carries every flag, 911 none.
    /// </summary>
    private static MetrcLifecycleSnapshot Places()
    {
        MetrcLifecycleSnapshot b = Snapshot();
        var packages = new Dictionary<string, MetrcPackageInfo>(b.Packages!)
        {
            [PackageTag(910)] = new(PackageStatus.Active) { Quantity = 100, UnitOfMeasure = "Grams", IsFinishedGood = true, IsDonation = true, IsTradeSample = true },
            [PackageTag(911)] = new(PackageStatus.Active) { Quantity = 100, UnitOfMeasure = "Grams", IsFinishedGood = false, IsDonation = false, IsTradeSample = false },
        };
        return new MetrcLifecycleSnapshot
        {
            LicenseNumber = b.LicenseNumber,
            Tags = b.Tags,
            Plants = b.Plants,
            Packages = packages,
            Items = b.Items,
            LicenseStartDate = b.LicenseStartDate,
            Locations = new HashSet<string>(["Veg Room", "Vault"], StringComparer.OrdinalIgnoreCase),
            Sublocations = new HashSet<string>(["Shelf 1"], StringComparer.OrdinalIgnoreCase),
            Strains = new HashSet<string>(["Blue Dream"], StringComparer.OrdinalIgnoreCase),
        };
    }
}
