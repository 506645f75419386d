using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;
using static Metrc.Sdk.Testing.Tests.LifecycleRuleTests;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>The emulator's lab test rules over real loopback HTTP: record, documents, release, required batches, remediation, sale and transfer.</summary>
public sealed class LabTestRuleTests
{
    private static readonly LocalDate s_today = EmulatorHarness.Today;

    private static readonly string s_pdf = Convert.ToBase64String("%PDF-1.4 certificate of analysis"u8.ToArray());

    [Fact]
    public async Task A_harvest_package_with_passing_results_can_be_sold_and_transferred_where_the_state_requires_a_test()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o =>
            o.StateRules[MetrcState.Co] = MetrcStateRules.For(MetrcState.Co) with { LabTestRequiredForSale = true, LabTestRequiredForTransfer = true });
        string tag = await HarvestPackageAsync(h);
        string recipient = h.Emulator.Facilities[1].LicenseNumber;

        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestRequired, () => h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(tag, 5, "R-1")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestRequired, () => h.Client.Transfers.CreateOutgoingAsync(h.License, [Transfer("M-1", recipient, tag)]));

        MetrcWriteResult recorded = await h.Client.LabTests.RecordResultsAsync(h.License,
            [Record(tag) with { Results = [Result("THC", true), Result("Pathogen A", true)] }]);
        Assert.Equal(LabTestingState.TestPassed, (await h.Client.Packages.GetByLabelAsync(h.License, tag)).LabTestingState);
        Assert.Contains(Assert.Single(recorded.Ids), h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).LabTestResultIds!);

        await h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(tag, 5, "R-1")]);
        await h.Client.Transfers.CreateOutgoingAsync(h.License, [Transfer("M-1", recipient, tag)]);

        Assert.Equal(("InTransit", 195m), h.Emulator.GetSnapshot(MetrcState.Co, h.License).Packages[tag]);
        List<LabTestResult> results = await ResultsAsync(h, tag);
        Assert.Equal(["THC", "Pathogen A"], results.Select(r => r.TestTypeName));
        Assert.All(results, r => Assert.True(r.OverallPassed && r.TestPassed && r.TestPerformedDate == s_today && r.SourcePackageLabel == tag));
    }

    [Fact]
    public async Task A_failed_package_is_neither_sold_nor_transferred_in_any_state_until_remediated_and_retested()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        string recipient = h.Emulator.Facilities[1].LicenseNumber;

        await h.Client.LabTests.RecordResultsAsync(h.License, [Record(package) with { Results = [Result("THC", true), Result("Pathogen A", false)] }]);
        Assert.Equal(LabTestingState.TestFailed, Lab(h, package));

        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestFailed, () => h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(package, 1, "R-1")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestFailed, () => h.Client.Transfers.CreateOutgoingAsync(h.License, [Transfer("M-1", recipient, package)]));

        await h.Client.Packages.RemediateAsync(h.License, [Remediate(package)]);
        Assert.Equal(LabTestingState.Remediated, Lab(h, package));
        await h.Client.LabTests.RecordResultsAsync(h.License, [Record(package)]);
        Assert.Equal(LabTestingState.RetestPassed, Lab(h, package));
        await h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(package, 1, "R-1")]);

        Assert.Equal(["R-1"], h.Emulator.GetSnapshot(MetrcState.Co, h.License).Receipts);
    }

    [Fact]
    public async Task Results_need_a_testable_package_of_the_facility_a_test_type_a_local_date_and_a_pass_value()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        string finished = h.Facility.SeededPackages[1];
        await h.Client.Packages.FinishAsync(h.License, [new FinishPackageRequest { Label = finished, ActualDate = s_today }]);
        RecordLabTestResultRequest valid = Record(package);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagFormat, () => Record(h, valid with { Label = "1A4-bad" }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageNotActive, () => Record(h, valid with { Label = "1A4000000000000000999999" }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageNotActive, () => Record(h, valid with { Label = h.Emulator.Facilities[1].SeededPackages[0] }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFinished, () => Record(h, valid with { Label = finished }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => Record(h, valid with { Results = [] }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => Record(h, valid with { Results = [Result("", true)] }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => Record(h, valid with { Results = [Result("THC", true) with { Passed = null }] }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => Record(h, valid with { Results = [Result("THC", true) with { Quantity = -1 }] }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => Record(h, valid with { ResultDate = null }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => Record(h, valid with { ResultDate = Local(s_today.PlusDays(1), 8) }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateBeforeLicense, () => Record(h, valid with { ResultDate = Local(s_today.PlusYears(-3), 8) }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestDocumentInvalid, () => Record(h, valid with { DocumentFileName = "coa.docx", DocumentFileBase64 = s_pdf }));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestDocumentInvalid, () => Record(h, valid with { DocumentFileName = "coa.pdf", DocumentFileBase64 = "not base64!" }));
        Assert.Equal(LabTestingState.TestPassed, Lab(h, package));
        Assert.Empty(await ResultsAsync(h, package));

        // Later today in Denver is already tomorrow in UTC: still a valid result date.
        await Record(h, valid with { ResultDate = Local(s_today, 23), DocumentFileName = "coa.pdf", DocumentFileBase64 = s_pdf });
        Assert.NotNull(Assert.Single(await ResultsAsync(h, package)).LabTestResultDocumentFileId);
    }

    [Fact]
    public async Task Documents_attach_to_recorded_results_and_only_tested_packages_are_released()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string tag = await HarvestPackageAsync(h);
        UploadLabTestDocumentRequest document = new() { LabTestResultId = 424242, DocumentFileName = "coa.pdf", DocumentFileBase64 = s_pdf };

        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestResultNotFound, () => h.Client.LabTests.UploadDocumentsAsync(h.License, [document]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestNoResults, () => h.Client.LabTests.ReleaseResultsAsync(h.License, [new ReleaseLabTestResultRequest { PackageLabel = tag }]));

        long id = Assert.Single((await Record(h, Record(tag))).Ids);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestDocumentInvalid, () => h.Client.LabTests.UploadDocumentsAsync(h.License, [document with { LabTestResultId = id, DocumentFileName = "coa.txt" }]));
        await h.Client.LabTests.UploadDocumentsAsync(h.License, [document with { LabTestResultId = id }]);
        await h.Client.LabTests.ReleaseResultsAsync(h.License, [new ReleaseLabTestResultRequest { PackageLabel = tag }]);

        LabTestResult result = Assert.Single(await ResultsAsync(h, tag));
        Assert.Equal(id, result.LabTestResultId);
        Assert.NotNull(result.LabTestResultDocumentFileId);
        Assert.True(result.ResultReleased);
        Assert.Equal(OffsetDateTime.FromDateTimeOffset(EmulatorHarness.Start).ToInstant(), result.ResultReleaseDateTime?.ToInstant());
    }

    [Fact]
    public async Task Only_a_failed_package_is_remediated_or_decontaminated_and_each_needs_its_method_date_and_steps()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        string other = h.Facility.SeededPackages[1];

        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestNotFailed, () => h.Client.Packages.RemediateAsync(h.License, [Remediate(package)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestNotFailed, () => h.Client.Packages.DecontaminateAsync(h.License, [Decontaminate(package)]));
        await h.Client.LabTests.RecordResultsAsync(h.License, [Record(package) with { Results = [Result("Pathogen A", false)] }, Record(other) with { Results = [Result("Mold", false)] }]);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Packages.RemediateAsync(h.License, [Remediate(package) with { RemediationMethodName = "" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Packages.RemediateAsync(h.License, [Remediate(package) with { RemediationSteps = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Packages.RemediateAsync(h.License, [Remediate(package) with { RemediationDate = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => h.Client.Packages.DecontaminateAsync(h.License, [Decontaminate(package) with { DecontaminationDate = s_today.PlusDays(1) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Packages.DecontaminateAsync(h.License, [Decontaminate(package) with { DecontaminationSteps = " " }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageNotActive, () => h.Client.Packages.DecontaminateAsync(h.License, [Decontaminate("1A4000000000000000999999")]));

        // Metrc's own example remediates one package in two rows.
        await h.Client.Packages.RemediateAsync(h.License, [Remediate(package), Remediate(package) with { RemediationSteps = "Natural sunlight" }]);
        await h.Client.Packages.DecontaminateAsync(h.License, [Decontaminate(other)]);

        Assert.Equal(LabTestingState.Remediated, Lab(h, package));
        Assert.Equal(LabTestingState.Decontaminated, Lab(h, other));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestNotFailed, () => h.Client.Packages.RemediateAsync(h.License, [Remediate(package)]));
    }

    [Fact]
    public async Task Required_lab_test_batches_are_set_on_an_active_package_and_must_exist()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        string finished = h.Facility.SeededPackages[1];
        await h.Client.Packages.FinishAsync(h.License, [new FinishPackageRequest { Label = finished, ActualDate = s_today }]);
        SetRequiredLabTestsRequest valid = new() { Label = package, RequiredLabTestBatches = ["Potency", "microbiologicals"] };

        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestBatchNotFound, () => h.Client.Packages.SetRequiredLabTestsAsync(h.License, [valid with { RequiredLabTestBatches = ["Potency", "Terpenes"] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Packages.SetRequiredLabTestsAsync(h.License, [valid with { RequiredLabTestBatches = [] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFinished, () => h.Client.Packages.SetRequiredLabTestsAsync(h.License, [valid with { Label = finished }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagFormat, () => h.Client.Packages.SetRequiredLabTestsAsync(h.License, [valid with { Label = "X" }]));
        await h.Client.Packages.SetRequiredLabTestsAsync(h.License, [valid]);

        Assert.Contains("Microbiologicals", h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).LabTestBatches!);
        Assert.Single(h.Emulator.GetWrites("Packages.SetRequiredLabTests"));
    }

    [Fact]
    public async Task The_state_table_override_is_per_state_and_off_by_default()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o =>
            o.StateRules[MetrcState.Co] = MetrcStateRules.For(MetrcState.Co) with { LabTestRequiredForSale = true });
        string tag = await HarvestPackageAsync(h);

        // Transfers are not required to carry a passing test here; sales are.
        await h.Client.Transfers.CreateOutgoingAsync(h.License, [Transfer("M-1", h.Emulator.Facilities[1].LicenseNumber, h.Facility.SeededPackages[0])]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LabTestRequired, () => h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(tag, 1, "R-1")]));
        Assert.False(MetrcStateRules.For(MetrcState.Co).LabTestRequiredForSale);
    }

    /// <summary>One flowering plant harvested into 200 g, packaged whole: a package that has not been tested (NotSubmitted).</summary>
    private static async Task<string> HarvestPackageAsync(EmulatorHarness h)
    {
        List<string> plants = await h.FloweringPlantsAsync("B-1", 1, firstTagIndex: 0);
        await h.Client.Plants.HarvestAsync(h.License, [Harvest(plants[0], "H-1", 200)]);
        string tag = h.Facility.PackageTags[0];
        await h.Client.Harvests.CreatePackagesAsync(h.License,
        [
            new CreateHarvestPackageRequest
            {
                Tag = tag, Location = "Vault", Item = "Buds", UnitOfWeight = "Grams", ActualDate = s_today,
                Ingredients = [new HarvestIngredient { HarvestName = "H-1", Weight = 200, UnitOfWeight = "Grams" }],
            },
        ]);
        Assert.Equal(LabTestingState.NotSubmitted, Lab(h, tag));
        return tag;
    }

    private static LabTestingState? Lab(EmulatorHarness h, string label) =>
        h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Packages![label].LabTestingState;

    private static async Task<List<LabTestResult>> ResultsAsync(EmulatorHarness h, string label)
    {
        Package package = await h.Client.Packages.GetByLabelAsync(h.License, label);
        var results = new List<LabTestResult>();
        await foreach (LabTestResult result in h.Client.LabTests.ListResultsAsync(h.License, package.Id))
        {
            results.Add(result);
        }

        return results;
    }

    private static Task<MetrcWriteResult> Record(EmulatorHarness h, RecordLabTestResultRequest row) => h.Client.LabTests.RecordResultsAsync(h.License, [row]);

    private static OffsetDateTime Local(LocalDate date, int hour) =>
        date.At(new LocalTime(hour, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["America/Denver"]).ToOffsetDateTime();

    private static LabTestResultRequest Result(string type, bool passed) => new() { LabTestTypeName = type, Quantity = 0.5m, Passed = passed };

    private static RecordLabTestResultRequest Record(string label) => new() { Label = label, ResultDate = Local(s_today, 8), Results = [Result("THC", true)] };

    private static RemediatePackageRequest Remediate(string label) => new()
    {
        PackageLabel = label,
        RemediationMethodName = "Further Drying",
        RemediationDate = s_today,
        RemediationSteps = "Dried 48 hours",
    };

    private static DecontaminatePackageRequest Decontaminate(string label) => new()
    {
        PackageLabel = label,
        DecontaminationMethodName = "Ozone",
        DecontaminationDate = s_today,
        DecontaminationSteps = "Ozone chamber 2 hours",
    };
}
