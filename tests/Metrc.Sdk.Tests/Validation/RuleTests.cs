using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using static Metrc.Sdk.Tests.Validation.ValidationRows;

namespace Metrc.Sdk.Tests.Validation;

public sealed class RuleTests
{
    private static readonly MetrcValidator V = Validator();

    public static TheoryData<string, Func<MetrcValidationResult>, int, string?, string> Broken() => new()
    {
        // Stateless rules.
        { "lower-case tag", () => V.Validate(Package() with { Tag = PackageTag(1).ToLowerInvariant() }, Co()), 0, "Tag", MetrcRuleCodes.TagFormat },
        { "short tag", () => V.Validate(Finish() with { Label = "1A4FF01" }, Co()), 0, "Label", MetrcRuleCodes.TagFormat },
        { "ingredient tag", () => V.Validate(Package() with { Ingredients = [new PackageIngredient { Package = "SRC", Quantity = 1, UnitOfMeasure = "Grams" }] }, Co()), 0, "Ingredients[0].Package", MetrcRuleCodes.TagFormat },
        { "same new tag in two rows", () => V.Validate([Package(1), Package(2), Package(1)], Co()), 2, "Tag", MetrcRuleCodes.TagDuplicate },
        { "overlapping tag runs", () => V.Validate([BatchPhase(1, 3), BatchPhase(3, 2) with { Name = "B-2" }], Co()), 1, "StartingTag", MetrcRuleCodes.TagDuplicate },
        { "same package twice on manifests", () => V.Validate(Transfer(900, 905, 900), Co()), 0, "Destinations[0].Packages[2].PackageLabel", MetrcRuleCodes.TagDuplicate },
        { "same plant harvested twice", () => V.Validate([Harvest(101), Harvest(101)], Co()), 1, "Plant", MetrcRuleCodes.TagDuplicate },
        { "blank item", () => V.Validate(Package() with { Item = "  " }, Co()), 0, "Item", MetrcRuleCodes.Required },
        { "no ingredients", () => V.Validate(Package() with { Ingredients = [] }, Co()), 0, "Ingredients", MetrcRuleCodes.Required },
        { "blank customer type", () => V.Validate(Sale() with { SalesCustomerType = "" }, Co()), 0, "SalesCustomerType", MetrcRuleCodes.Required },
        { "production batch without number", () => V.Validate(Package() with { IsProductionBatch = true }, Co()), 0, "ProductionBatchNumber", MetrcRuleCodes.Required },
        { "blank recipient", () => V.Validate(Transfer() with { Destinations = [Transfer().Destinations[0] with { RecipientLicenseNumber = "" }] }, Co()), 0, "Destinations[0].RecipientLicenseNumber", MetrcRuleCodes.Required },
        { "zero quantity", () => V.Validate(Package() with { Quantity = 0 }, Co()), 0, "Quantity", MetrcRuleCodes.QuantityPositive },
        { "negative ingredient", () => V.Validate(Package() with { Ingredients = [Package().Ingredients[0] with { Quantity = -1 }] }, Co()), 0, "Ingredients[0].Quantity", MetrcRuleCodes.QuantityPositive },
        { "zero adjustment", () => V.Validate(Adjust() with { Quantity = 0 }, Co()), 0, "Quantity", MetrcRuleCodes.QuantityPositive },
        { "zero plants", () => V.Validate(Planting() with { Count = 0 }, Co()), 0, "Count", MetrcRuleCodes.QuantityPositive },
        { "five decimals", () => V.Validate(Harvest() with { Weight = 1.23456m }, Co()), 0, "Weight", MetrcRuleCodes.QuantityPrecision },
        { "five decimals in a sale line", () => V.Validate(Sale() with { Transactions = [Sale().Transactions[0] with { Quantity = 0.00001m }] }, Co()), 0, "Transactions[0].Quantity", MetrcRuleCodes.QuantityPrecision },
        { "tomorrow", () => V.Validate(Package() with { ActualDate = Today.PlusDays(1) }, Co()), 0, "ActualDate", MetrcRuleCodes.DateInFuture },
        { "sale in an hour", () => V.Validate(Sale() with { SalesDateTime = Instant.FromDateTimeOffset(Now).Plus(Duration.FromHours(1)).WithOffset(Offset.Zero) }, Co()), 0, "SalesDateTime", MetrcRuleCodes.DateInFuture },
        { "before licence", () => V.Validate(Planting() with { ActualDate = new LocalDate(2025, 12, 31) }, Co() with { LicenseStartDate = new LocalDate(2026, 1, 1) }), 0, "ActualDate", MetrcRuleCodes.DateBeforeLicense },
        { "year before 1", () => V.Validate(Planting() with { ActualDate = new LocalDate(-5, 1, 1) }, Co()), 0, "ActualDate", MetrcRuleCodes.InvalidValue },
        { "unknown unit", () => V.Validate(Adjust() with { UnitOfMeasure = "Bushels" }, Co()), 0, "UnitOfMeasure", MetrcRuleCodes.UnitUnknown },
        { "volume harvest", () => V.Validate(Harvest() with { UnitOfWeight = "Liters" }, Co()), 0, "UnitOfWeight", MetrcRuleCodes.UnitIncompatible },
        { "count unit for waste", () => V.Validate(Destroy() with { WasteUnitOfMeasureName = "Each" }, Co()), 0, "WasteUnitOfMeasureName", MetrcRuleCodes.UnitIncompatible },
        { "201 packages", () => V.Validate(Transfer([.. Enumerable.Range(1000, 201)]), Co()), 0, "Destinations", MetrcRuleCodes.TransferTooManyPackages },
        { "101 plants", () => V.Validate(Planting() with { Count = 101 }, Co()), 0, "Count", MetrcRuleCodes.PlantBatchCountCap },
        { "no waste method", () => V.Validate(Destroy() with { WasteMethodName = "" }, Co()), 0, "WasteMethodName", MetrcRuleCodes.DestroyWasteRequired },
        { "no waste weight", () => V.Validate(Destroy() with { WasteWeight = 0 }, Co()), 0, "WasteWeight", MetrcRuleCodes.DestroyWasteRequired },
        { "no waste reason", () => V.Validate(Destroy() with { WasteReasonName = " " }, Co()), 0, "WasteReasonName", MetrcRuleCodes.DestroyWasteRequired },
        { "no waste unit", () => V.Validate(Destroy() with { WasteUnitOfMeasureName = "" }, Co()), 0, "WasteUnitOfMeasureName", MetrcRuleCodes.DestroyWasteRequired },
        { "unknown planting type", () => V.Validate(Planting() with { Type = "Cutting" }, Co()), 0, "Type", MetrcRuleCodes.InvalidValue },
        { "unknown phase", () => V.Validate(PlantPhase() with { GrowthPhase = "Budding" }, Co()), 0, "GrowthPhase", MetrcRuleCodes.InvalidValue },
        { "batch straight to flowering", () => V.Validate(BatchPhase() with { GrowthPhase = "Flowering" }, Co()), 0, "GrowthPhase", MetrcRuleCodes.PlantPhaseTransition },
        { "two batches one name", () => V.Validate([Planting("B-1"), Planting("B-1")], Co()), 1, "Name", MetrcRuleCodes.PlantBatchNameInUse },
        { "two receipts one number", () => V.Validate([Sale(), Sale()], Co()), 1, "ExternalReceiptNumber", MetrcRuleCodes.ReceiptNumberInUse },

        // Stateful rules against ValidationRows.Snapshot().
        { "tag never issued", () => V.Validate(Package(49) with { Tag = PackageTag(99) }, Co(Snapshot())), 0, "Tag", MetrcRuleCodes.TagUnavailable },
        { "tag already used", () => V.Validate(Package(60), Co(Snapshot())), 0, "Tag", MetrcRuleCodes.TagUnavailable },
        { "plant tag for a package", () => V.Validate(Package() with { Tag = PlantTag(1) }, Co(Snapshot())), 0, "Tag", MetrcRuleCodes.TagWrongType },
        { "package tags for plants", () => V.Validate(BatchPhase() with { StartingTag = PackageTag(1) }, Co(Snapshot())), 0, "StartingTag", MetrcRuleCodes.TagWrongType },
        { "other facility's tag", () => V.Validate(BatchPhase(70, 1), Co(Snapshot())), 0, "StartingTag", MetrcRuleCodes.TagWrongFacility },
        { "harvested plant", () => V.Validate(PlantPhase(102), Co(Snapshot())), 0, "Label", MetrcRuleCodes.PlantNotFound },
        { "unknown plant", () => V.Validate(Destroy(555), Co(Snapshot())), 0, "Label", MetrcRuleCodes.PlantNotFound },
        { "flowering back to vegetative", () => V.Validate(PlantPhase(101) with { GrowthPhase = "Vegetative" }, Co(Snapshot())), 0, "GrowthPhase", MetrcRuleCodes.PlantPhaseTransition },
        { "vegetative to vegetative", () => V.Validate(PlantPhase(100) with { GrowthPhase = "Vegetative" }, Co(Snapshot())), 0, "GrowthPhase", MetrcRuleCodes.PlantPhaseTransition },
        { "harvest of a vegetative plant", () => V.Validate(Harvest(100), Co(Snapshot())), 0, "Plant", MetrcRuleCodes.HarvestNotFlowering },
        { "manicure of a vegetative plant", () => V.Validate(MetrcWriteOperations.Plants.Manicure, [Harvest(100)], Co(Snapshot())), 0, "Plant", MetrcRuleCodes.HarvestNotFlowering },
        { "adjust unknown package", () => V.Validate(Adjust(999), Co(Snapshot())), 0, "Label", MetrcRuleCodes.PackageNotActive },
        { "unfinish an active package", () => V.Validate(Unfinish(900), Co(Snapshot())), 0, "Label", MetrcRuleCodes.PackageNotActive },
        { "sale of a finished package", () => V.Validate(Sale(901), Co(Snapshot())), 0, "Transactions[0].PackageLabel", MetrcRuleCodes.PackageFinished },
        { "transfer of a finished package", () => V.Validate(Transfer(901), Co(Snapshot())), 0, "Destinations[0].Packages[0].PackageLabel", MetrcRuleCodes.PackageFinished },
        { "finish a finished package", () => V.Validate(Finish(901), Co(Snapshot())), 0, "Label", MetrcRuleCodes.PackageFinished },
        { "split a finished package", () => V.Validate(Package() with { Ingredients = [Package().Ingredients[0] with { Package = PackageTag(901) }] }, Co(Snapshot())), 0, "Ingredients[0].Package", MetrcRuleCodes.PackageFinished },
        { "sale on hold", () => V.Validate(Sale(902), Co(Snapshot())), 0, "Transactions[0].PackageLabel", MetrcRuleCodes.PackageOnHold },
        { "sale in transit", () => V.Validate(Sale(903), Co(Snapshot())), 0, "Transactions[0].PackageLabel", MetrcRuleCodes.PackageInTransit },
        { "adjust in transit", () => V.Validate(Adjust(903), Co(Snapshot())), 0, "Label", MetrcRuleCodes.PackageInTransit },
        { "untested sale", () => V.Validate(Sale(904), Co(Snapshot()) with { Rules = MetrcStateRules.For(MetrcState.Co) with { LabTestRequiredForSale = true } }), 0, "Transactions[0].PackageLabel", MetrcRuleCodes.LabTestRequired },
        { "untested transfer", () => V.Validate(Transfer(904), Co(Snapshot()) with { Rules = MetrcStateRules.For(MetrcState.Co) with { LabTestRequiredForTransfer = true } }), 0, "Destinations[0].Packages[0].PackageLabel", MetrcRuleCodes.LabTestRequired },
        { "sale over stock", () => V.Validate(Sale() with { Transactions = [Sale().Transactions[0] with { Quantity = 60 }, Sale().Transactions[0] with { Quantity = 41 }] }, Co(Snapshot())), 0, "Transactions[1].Quantity", MetrcRuleCodes.QuantityExceedsAvailable },
        { "adjust below zero", () => V.Validate(Adjust() with { Quantity = -100.5m }, Co(Snapshot())), 0, "Quantity", MetrcRuleCodes.QuantityExceedsAvailable },
        { "unknown item", () => V.Validate(Package() with { Item = "Moon Rocks" }, Co(Snapshot())), 0, "Item", MetrcRuleCodes.ItemNotFound },
        { "grams of gummies", () => V.Validate(Package() with { Item = "Gummies" }, Co(Snapshot())), 0, "UnitOfMeasure", MetrcRuleCodes.UnitIncompatible },
        { "harvest package of a count item", () => V.Validate(HarvestPackage() with { Item = "Gummies" }, Co(Snapshot())), 0, "Item", MetrcRuleCodes.UnitIncompatible },
        { "sale in another unit than the package", () => V.Validate(Sale() with { Transactions = [Sale().Transactions[0] with { UnitOfMeasure = "Ounces" }] }, Co(Snapshot())), 0, "Transactions[0].UnitOfMeasure", MetrcRuleCodes.UnitIncompatible },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_row_that_breaks_a_rule_is_reported_with_its_row_field_and_code(string name, Func<MetrcValidationResult> validate, int row, string? field, string code)
    {
        MetrcValidationResult result = validate();

        Assert.False(result.IsValid, name);
        Assert.Contains(result.Issues, i => i.RowIndex == row && i.Field == field && i.Code == code && i.Severity == MetrcValidationSeverity.Error);
    }

    public static TheoryData<Func<MetrcValidationResult>, string, string> NullElements() => new()
    {
        { () => V.Validate(Package() with { Ingredients = [null!] }, Co()), "Ingredients[0].Package", "Ingredient" },
        { () => V.Validate(HarvestPackage() with { Ingredients = [null!] }, Co()), "Ingredients[0].HarvestName", "Ingredient" },
        { () => V.Validate(Sale() with { Transactions = [null!] }, Co()), "Transactions[0].PackageLabel", "Transaction" },
        { () => V.Validate(Transfer() with { Destinations = [null!] }, Co()), "Destinations[0].RecipientLicenseNumber", "Destination" },
        { () => V.Validate(Transfer() with { Destinations = [Transfer().Destinations[0] with { Packages = [null!] }] }, Co()), "Destinations[0].Packages[0].PackageLabel", "Package" },
    };

    [Theory]
    [MemberData(nameof(NullElements))]
    public void A_null_element_of_a_nested_list_is_a_required_field_error(Func<MetrcValidationResult> validate, string field, string what)
    {
        MetrcValidationIssue issue = Assert.Single(validate().Issues, i => i.Code == MetrcRuleCodes.Required);

        Assert.Equal(field, issue.Field);
        Assert.Equal(0, issue.RowIndex);
        Assert.Equal($"{what} is required (the list holds a null).", issue.Message);
    }

    [Fact]
    public void Valid_rows_of_every_write_type_pass_without_and_with_a_snapshot()
    {
        foreach (MetrcValidationContext context in new[] { Co(), Co(Snapshot()) })
        {
            AssertClean(V.Validate([Package(1), Package(2)], context));
            AssertClean(V.Validate(HarvestPackage(3), context));
            AssertClean(V.Validate([Finish(900)], context));
            AssertClean(V.Validate(Unfinish(901), context));
            AssertClean(V.Validate([Adjust(900), Adjust(900)], context));
            AssertClean(V.Validate([Planting("B-1"), Planting("B-2") with { Count = 100, Type = "Seed" }], context));
            AssertClean(V.Validate([BatchPhase(1, 3), BatchPhase(4, 3)], context));
            AssertClean(V.Validate(PlantPhase(100), context));
            AssertClean(V.Validate(Harvest(101), context));
            AssertClean(V.Validate(MetrcWriteOperations.Plants.Manicure, [Harvest(101), Harvest(101)], context));
            AssertClean(V.Validate(Destroy(100), context));
            AssertClean(V.Validate([Sale(900), Sale(904) with { ExternalReceiptNumber = "R-2" }], context));
            AssertClean(V.Validate(Transfer([900, .. Enumerable.Range(1, 199)]), context with { Snapshot = null }));
            AssertClean(V.Validate(Transfer(900, 904), context));
        }
    }

    [Fact]
    public void Limits_pass_at_the_boundary()
    {
        AssertClean(V.Validate(Planting() with { Count = 100 }, Co()));
        AssertClean(V.Validate(Transfer([.. Enumerable.Range(1000, 200)]), Co()));
        AssertClean(V.Validate(Harvest() with { Weight = 0.0001m }, Co()));
        AssertClean(V.Validate(Package() with { ActualDate = Today }, Co() with { LicenseStartDate = Today }));
        AssertClean(V.Validate(Sale() with { SalesDateTime = Instant.FromDateTimeOffset(Now).WithOffset(Offset.Zero) }, Co()));
    }

    [Fact]
    public void Today_is_judged_in_the_facility_time_zone()
    {
        // 03:00 UTC on 2 June is still 1 June (21:00) in Denver.
        var validator = new MetrcValidator(null, new FakeTimeProvider(new DateTimeOffset(2026, 6, 2, 3, 0, 0, TimeSpan.Zero)));
        CreatePlantingsRequest row = Planting() with { ActualDate = new LocalDate(2026, 6, 2) };

        Assert.Equal(MetrcRuleCodes.DateInFuture, Assert.Single(validator.Validate(row, Co()).Issues).Code);
        AssertClean(validator.Validate(row, Co() with { TimeZone = DateTimeZone.Utc }));
        AssertClean(validator.Validate(row, new MetrcValidationContext { Snapshot = new MetrcLifecycleSnapshot { LicenseNumber = License, TimeZone = DateTimeZone.Utc } }));

        var options = new MetrcValidationOptions();
        options.FacilityTimeZones[License] = "Europe/Berlin";
        AssertClean(new MetrcValidator(options, new FakeTimeProvider(new DateTimeOffset(2026, 6, 2, 3, 0, 0, TimeSpan.Zero))).Validate(row, Co()));
    }

    [Fact]
    public void A_nodatime_clock_can_drive_the_validator()
    {
        var clock = new FakeNodaClock(Instant.FromUtc(2026, 6, 1, 15, 0));
        var validator = new MetrcValidator(clock);

        AssertClean(validator.Validate(Planting(), Co()));
        clock.Now = Instant.FromUtc(2026, 5, 31, 15, 0);
        Assert.Equal(MetrcRuleCodes.DateInFuture, Assert.Single(validator.Validate(Planting(), Co()).Issues).Code);
    }

    [Fact]
    public void Licence_start_dates_can_come_from_options()
    {
        var options = new MetrcValidationOptions();
        options.LicenseStartDates[License] = new DateOnly(2026, 3, 1);

        MetrcValidationResult result = Validator(options).Validate(Planting() with { ActualDate = new LocalDate(2026, 2, 28) }, Co());

        Assert.Equal(MetrcRuleCodes.DateBeforeLicense, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void State_rules_are_data_that_options_override()
    {
        Assert.Equal("America/Denver", MetrcStateRules.For(MetrcState.Co).TimeZoneId);
        Assert.Equal(100, MetrcStateRules.For(MetrcState.Ok).PlantBatchCap);
        Assert.All(Enum.GetValues<MetrcState>(), s => Assert.NotNull(DateTimeZoneProviders.Tzdb.GetZoneOrNull(MetrcStateRules.For(s).TimeZoneId)));

        var options = new MetrcValidationOptions();
        options.StateRules[MetrcState.Co] = MetrcStateRules.For(MetrcState.Co) with { PlantBatchCap = 50, RequiredDestroyFields = MetrcDestroyFields.None };
        MetrcValidator validator = Validator(options);

        Assert.Equal(MetrcRuleCodes.PlantBatchCountCap, Assert.Single(validator.Validate(Planting() with { Count = 51 }, Co()).Issues).Code);
        AssertClean(validator.Validate(Planting() with { Count = 51 }, Co() with { State = MetrcState.Ok }));
        AssertClean(validator.Validate(Destroy() with { WasteMethodName = "", WasteReasonName = "", WasteWeight = 0, WasteUnitOfMeasureName = "" }, Co()));
    }

    [Fact]
    public void A_missing_receipt_number_is_a_warning_and_configured_codes_become_warnings()
    {
        MetrcValidationResult missing = V.Validate(Sale() with { ExternalReceiptNumber = null }, Co());
        Assert.True(missing.IsValid);
        MetrcValidationIssue warning = Assert.Single(missing.Issues);
        Assert.Equal((MetrcRuleCodes.ReceiptNumberMissing, MetrcValidationSeverity.Warning), (warning.Code, warning.Severity));

        var options = new MetrcValidationOptions();
        options.WarningCodes.Add(MetrcRuleCodes.DateBeforeLicense);
        MetrcValidationResult old = Validator(options).Validate(Planting() with { ActualDate = new LocalDate(2020, 1, 1) }, Co() with { LicenseStartDate = Today });
        Assert.True(old.IsValid);
        Assert.Equal(1, old.WarningCount);
    }

    [Fact]
    public void A_package_made_by_an_earlier_row_can_be_used_by_a_later_row()
    {
        CreatePackageRequest first = Package(1);
        CreatePackageRequest second = Package(2) with { Quantity = 5, Ingredients = [new PackageIngredient { Package = PackageTag(1), Quantity = 5, UnitOfMeasure = "Grams" }] };

        AssertClean(V.Validate([first, second], Co(Snapshot())));
        Assert.Equal(MetrcRuleCodes.PackageNotActive, Assert.Single(V.Validate([second], Co(Snapshot())).Issues).Code);
    }

    [Fact]
    public void Every_issue_of_a_row_is_reported_not_only_the_first()
    {
        MetrcValidationResult result = V.Validate(Package() with { Tag = "bad", Quantity = 0, UnitOfMeasure = "Bushels", ActualDate = Today.PlusDays(3) }, Co());

        Assert.Equal(
            [MetrcRuleCodes.TagFormat, MetrcRuleCodes.UnitUnknown, MetrcRuleCodes.QuantityPositive, MetrcRuleCodes.DateInFuture],
            result.Issues.Select(i => i.Code));
    }

    [Fact]
    public void ThrowIfInvalid_raises_the_shape_of_a_metrc_400_marked_client_side()
    {
        MetrcValidationResult result = V.Validate([Package(1), Package(2) with { Quantity = -1 }], Co());

        var error = Assert.Throws<MetrcValidationException>(() => result.ThrowIfInvalid("Packages.Create"));

        Assert.True(error.IsClientSide);
        Assert.Null(error.StatusCode);
        MetrcRowError row = Assert.Single(error.RowErrors);
        Assert.Equal(new MetrcRowError(1, "Quantity must be greater than 0.", "Quantity", MetrcRuleCodes.QuantityPositive), row);
        Assert.Contains("Packages.Create", error.Message, StringComparison.Ordinal);
        MetrcValidationResult ok = V.Validate(Package(1), Co());
        Assert.Same(ok, ok.ThrowIfInvalid());
    }

    [Fact]
    public void Null_rows_and_arguments_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => V.Validate((CreatePackageRequest)null!));
        Assert.Throws<ArgumentNullException>(() => V.Validate((IEnumerable<CreatePackageRequest>)null!));
        var ex = Assert.Throws<ArgumentException>(() => V.Validate([Package(1), null!]));
        Assert.Contains("rows[1]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new MetrcValidator((IClock)null!));
    }

    private static void AssertClean(MetrcValidationResult result) => Assert.True(result.Issues.Count == 0, string.Join(Environment.NewLine, result.Issues));

    private sealed class FakeNodaClock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;
    }
}
