using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;
using static Metrc.Sdk.Tests.Validation.ValidationRows;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>Lab test writes (record, documents, release, required batches, remediation, decontamination) and the lab-test side of sales and transfers.</summary>
public sealed class LabTestRuleTests
{
    private const long ResultId = 5001;

    private static readonly MetrcValidator V = Validator();

    private static readonly string Pdf = Convert.ToBase64String("%PDF-1.4 certificate of analysis"u8.ToArray());

    private static readonly MetrcStateRules Required = MetrcStateRules.For(MetrcState.Co) with { LabTestRequiredForSale = true, LabTestRequiredForTransfer = true };

    public static TheoryData<string, Func<MetrcValidationResult>, int, string?, string> Broken() => new()
    {
        // Recording results.
        { "record on a malformed label", () => Check(Ops.RecordResults, Record() with { Label = "1A4-bad" }), 0, "Label", MetrcRuleCodes.TagFormat },
        { "record on an unknown package", () => Check(Ops.RecordResults, Record(999)), 0, "Label", MetrcRuleCodes.PackageNotActive },
        { "record on a finished package", () => Check(Ops.RecordResults, Record(901)), 0, "Label", MetrcRuleCodes.PackageFinished },
        { "record on a package in transit", () => Check(Ops.RecordResults, Record(903)), 0, "Label", MetrcRuleCodes.PackageInTransit },
        { "record without results", () => Check(Ops.RecordResults, Record() with { Results = [] }), 0, "Results", MetrcRuleCodes.Required },
        { "record a null result", () => Check(Ops.RecordResults, Record() with { Results = [null!] }), 0, "Results[0].LabTestTypeName", MetrcRuleCodes.Required },
        { "record without a test type", () => Check(Ops.RecordResults, Record() with { Results = [Result() with { LabTestTypeName = " " }] }), 0, "Results[0].LabTestTypeName", MetrcRuleCodes.Required },
        { "record without pass or fail", () => Check(Ops.RecordResults, Record() with { Results = [Result(), Result() with { Passed = null }] }), 0, "Results[1].Passed", MetrcRuleCodes.Required },
        { "record a negative level", () => Check(Ops.RecordResults, Record() with { Results = [Result() with { Quantity = -0.1m }] }), 0, "Results[0].Quantity", MetrcRuleCodes.InvalidValue },
        { "record without a result date", () => Check(Ops.RecordResults, Record() with { ResultDate = null }), 0, "ResultDate", MetrcRuleCodes.Required },
        { "record dated tomorrow in Denver", () => Check(Ops.RecordResults, Record() with { ResultDate = Local(Today.PlusDays(1), 8) }), 0, "ResultDate", MetrcRuleCodes.DateInFuture },
        { "record dated before the licence", () => Check(Ops.RecordResults, Record() with { ResultDate = Local(new LocalDate(2024, 5, 31), 12) }), 0, "ResultDate", MetrcRuleCodes.DateBeforeLicense },
        { "record a Word document", () => Check(Ops.RecordResults, Record() with { DocumentFileName = "coa.docx", DocumentFileBase64 = Pdf }), 0, "DocumentFileName", MetrcRuleCodes.LabTestDocumentInvalid },
        { "record a document that is not base 64", () => Check(Ops.RecordResults, Record() with { DocumentFileName = "coa.pdf", DocumentFileBase64 = "not base64!" }), 0, "DocumentFileBase64", MetrcRuleCodes.LabTestDocumentInvalid },

        // Documents and release.
        { "document of an unknown result", () => Check(Ops.UploadDocuments, Upload() with { LabTestResultId = 4242 }), 0, "LabTestResultId", MetrcRuleCodes.LabTestResultNotFound },
        { "document without a result id", () => Check(Ops.UploadDocuments, Upload() with { LabTestResultId = null }), 0, "LabTestResultId", MetrcRuleCodes.Required },
        { "document over 5 MB", () => Check(Ops.UploadDocuments, Upload() with { DocumentFileBase64 = Convert.ToBase64String(new byte[LabTestLifecycle.MaxDocumentBytes + 1]) }), 0, "DocumentFileBase64", MetrcRuleCodes.LabTestDocumentInvalid },
        { "document without a name", () => Check(Ops.UploadDocuments, Upload() with { DocumentFileName = null }), 0, "DocumentFileName", MetrcRuleCodes.LabTestDocumentInvalid },
        { "release of an untested package", () => Check(Ops.ReleaseResults, Release(904)), 0, "PackageLabel", MetrcRuleCodes.LabTestNoResults },
        { "release of an unknown package", () => Check(Ops.ReleaseResults, Release(999)), 0, "PackageLabel", MetrcRuleCodes.PackageNotActive },

        // Required lab test batches.
        { "no required batches", () => Check(Ops.SetRequiredLabTests, SetRequired() with { RequiredLabTestBatches = [] }), 0, "RequiredLabTestBatches", MetrcRuleCodes.Required },
        { "blank required batch", () => Check(Ops.SetRequiredLabTests, SetRequired() with { RequiredLabTestBatches = ["Potency", ""] }), 0, "RequiredLabTestBatches[1]", MetrcRuleCodes.Required },
        { "unknown required batch", () => Check(Ops.SetRequiredLabTests, SetRequired() with { RequiredLabTestBatches = ["Terpenes"] }), 0, "RequiredLabTestBatches[0]", MetrcRuleCodes.LabTestBatchNotFound },
        { "required batches on a finished package", () => Check(Ops.SetRequiredLabTests, SetRequired(901)), 0, "Label", MetrcRuleCodes.PackageFinished },
        { "required batches on a malformed label", () => Check(Ops.SetRequiredLabTests, SetRequired() with { Label = "X" }), 0, "Label", MetrcRuleCodes.TagFormat },

        // Remediation and decontamination.
        { "remediate a passed package", () => Check(Ops.Remediate, Remediate(900)), 0, "PackageLabel", MetrcRuleCodes.LabTestNotFailed },
        { "remediate twice", () => Check(Ops.Remediate, Remediate(911)), 0, "PackageLabel", MetrcRuleCodes.LabTestNotFailed },
        { "remediate an untested package", () => Check(Ops.Remediate, Remediate(904)), 0, "PackageLabel", MetrcRuleCodes.LabTestNotFailed },
        { "remediate without a method", () => Check(Ops.Remediate, Remediate() with { RemediationMethodName = "" }), 0, "RemediationMethodName", MetrcRuleCodes.Required },
        { "remediate without a date", () => Check(Ops.Remediate, Remediate() with { RemediationDate = null }), 0, "RemediationDate", MetrcRuleCodes.Required },
        { "remediate tomorrow", () => Check(Ops.Remediate, Remediate() with { RemediationDate = Today.PlusDays(1) }), 0, "RemediationDate", MetrcRuleCodes.DateInFuture },
        { "remediate without steps", () => Check(Ops.Remediate, Remediate() with { RemediationSteps = null }), 0, "RemediationSteps", MetrcRuleCodes.Required },
        { "remediate a finished package", () => Check(Ops.Remediate, Remediate(901)), 0, "PackageLabel", MetrcRuleCodes.PackageFinished },
        { "decontaminate a passed package", () => Check(Ops.Decontaminate, Decontaminate(900)), 0, "PackageLabel", MetrcRuleCodes.LabTestNotFailed },
        { "decontaminate without a method", () => Check(Ops.Decontaminate, Decontaminate() with { DecontaminationMethodName = " " }), 0, "DecontaminationMethodName", MetrcRuleCodes.Required },
        { "decontaminate without steps", () => Check(Ops.Decontaminate, Decontaminate() with { DecontaminationSteps = "" }), 0, "DecontaminationSteps", MetrcRuleCodes.Required },
        { "decontaminate before the licence", () => Check(Ops.Decontaminate, Decontaminate() with { DecontaminationDate = new LocalDate(2024, 1, 1) }), 0, "DecontaminationDate", MetrcRuleCodes.DateBeforeLicense },

        // Sales and transfers.
        { "sale of a failed package", () => V.Validate(Sale(910), Co(LabSnapshot())), 0, "Transactions[0].PackageLabel", MetrcRuleCodes.LabTestFailed },
        { "transfer of a failed package", () => V.Validate(Transfer(900, 910), Co(LabSnapshot())), 0, "Destinations[0].Packages[1].PackageLabel", MetrcRuleCodes.LabTestFailed },
        { "transfer of a package that failed its retest", () => V.Validate(Transfer(913), Co(LabSnapshot())), 0, "Destinations[0].Packages[0].PackageLabel", MetrcRuleCodes.LabTestFailed },
        { "failed sale where a test is required", () => V.Validate(Sale(910), Co(LabSnapshot()) with { Rules = Required }), 0, "Transactions[0].PackageLabel", MetrcRuleCodes.LabTestFailed },
        { "sale of a remediated package not retested where a test is required", () => V.Validate(Sale(911), Co(LabSnapshot()) with { Rules = Required }), 0, "Transactions[0].PackageLabel", MetrcRuleCodes.LabTestRequired },
        { "transfer of a decontaminated package not retested where a test is required", () => V.Validate(Transfer(912), Co(LabSnapshot()) with { Rules = Required }), 0, "Destinations[0].Packages[0].PackageLabel", MetrcRuleCodes.LabTestRequired },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_lab_test_row_that_breaks_a_rule_is_reported_with_its_row_field_and_code(string name, Func<MetrcValidationResult> validate, int row, string? field, string code)
    {
        MetrcValidationResult result = validate();

        Assert.False(result.IsValid, name);
        Assert.Contains(result.Issues, i => i.RowIndex == row && i.Field == field && i.Code == code && i.Severity == MetrcValidationSeverity.Error);
    }

    [Fact]
    public void Valid_lab_test_rows_pass_without_and_with_a_snapshot()
    {
        foreach (MetrcValidationContext context in new[] { Co(), Co(LabSnapshot()) })
        {
            AssertClean(V.Validate(Ops.RecordResults, [Record(900), Record(902), Record(910) with { DocumentFileName = "COA.PDF", DocumentFileBase64 = Pdf }], context));
            AssertClean(V.Validate(Ops.RecordResults, [Record() with { Results = [Result(), Result() with { LabTestTypeName = "Pathogen A", Passed = false, Quantity = null }] }], context));
            AssertClean(V.Validate(Ops.UploadDocuments, [Upload()], context));
            AssertClean(V.Validate(Ops.ReleaseResults, [Release(900), Release(910), Release(911), Release(900)], context));
            AssertClean(V.Validate(Ops.SetRequiredLabTests, [SetRequired() with { RequiredLabTestBatches = ["Potency", "microbiologicals"] }], context));

            // Metrc's own example remediates one package in two rows.
            AssertClean(V.Validate(Ops.Remediate, [Remediate(910), Remediate(910) with { RemediationSteps = "Natural sunlight" }, Remediate(913)], context));
            AssertClean(V.Validate(Ops.Decontaminate, [Decontaminate(910)], context));
            AssertClean(V.Validate([Sale(900), Sale(911) with { ExternalReceiptNumber = "R-2" }, Sale(904) with { ExternalReceiptNumber = "R-3" }], context));
            AssertClean(V.Validate(Transfer(900, 911, 912), context));
            AssertClean(V.Validate([Sale(900), Sale(914) with { ExternalReceiptNumber = "R-2" }], context with { Rules = Required }));
            AssertClean(V.Validate(Transfer(900, 914), context with { Rules = Required }));
        }
    }

    [Fact]
    public void A_result_dated_later_today_in_the_facility_zone_is_not_in_the_future()
    {
        // 09:00 in Denver; 23:00 tonight is already tomorrow in UTC but still today for the facility.
        AssertClean(V.Validate(Ops.RecordResults, [Record() with { ResultDate = Local(Today, 23) }], Co(LabSnapshot())));
    }

    [Fact]
    public void Without_a_snapshot_the_stateful_lab_test_rules_are_skipped_and_unknown_states_pass()
    {
        AssertClean(V.Validate(Ops.UploadDocuments, [Upload() with { LabTestResultId = 4242 }], Co()));
        AssertClean(V.Validate(Ops.SetRequiredLabTests, [SetRequired() with { RequiredLabTestBatches = ["Terpenes"] }], Co()));
        AssertClean(V.Validate(Ops.Remediate, [Remediate(900)], Co()));

        // A package whose lab state is unknown is not judged, even where a passing test is required.
        MetrcLifecycleSnapshot snapshot = Snapshot();
        var unknown = new MetrcLifecycleSnapshot
        {
            LicenseNumber = License,
            Packages = new Dictionary<string, MetrcPackageInfo> { [PackageTag(900)] = snapshot.Packages![PackageTag(900)] with { LabTestingState = null } },
        };
        AssertClean(V.Validate(Sale(900), Co(unknown) with { Rules = Required }));
        AssertClean(V.Validate(Ops.Remediate, [Remediate(900)], Co(unknown)));
        AssertClean(V.Validate(Ops.ReleaseResults, [Release(900)], Co(unknown)));
    }

    [Theory]
    [InlineData("NotSubmitted", true, "TestPassed")]
    [InlineData("NotSubmitted", false, "TestFailed")]
    [InlineData("TestPassed", true, "TestPassed")]
    [InlineData("TestPassed", false, "TestFailed")]
    [InlineData("TestFailed", true, "RetestPassed")]
    [InlineData("Remediated", false, "RetestFailed")]
    [InlineData("Decontaminated", true, "RetestPassed")]
    [InlineData("RetestFailed", true, "RetestPassed")]
    public void Recorded_results_move_the_lab_testing_state(string before, bool allPassed, string after) =>
        Assert.Equal(after, LabTestLifecycle.AfterResults(LabTestingState.From(before), allPassed).Value);

    [Fact]
    public void Failed_blocks_everywhere_and_required_needs_a_pass()
    {
        Assert.Equal(MetrcRuleCodes.LabTestFailed, LabTestLifecycle.CheckSellable(LabTestingState.TestFailed, passRequired: false));
        Assert.Equal(MetrcRuleCodes.LabTestFailed, LabTestLifecycle.CheckSellable(LabTestingState.RetestFailed, passRequired: true));
        Assert.Equal(MetrcRuleCodes.LabTestRequired, LabTestLifecycle.CheckSellable(LabTestingState.Remediated, passRequired: true));
        Assert.Null(LabTestLifecycle.CheckSellable(LabTestingState.Remediated, passRequired: false));
        Assert.Null(LabTestLifecycle.CheckSellable(LabTestingState.NotRequired, passRequired: true));
        Assert.Null(LabTestLifecycle.CheckSellable(null, passRequired: true));
    }

    private static class Ops
    {
        public static MetrcWriteOperation<RecordLabTestResultRequest> RecordResults => MetrcWriteOperations.LabTests.RecordResults;

        public static MetrcWriteOperation<UploadLabTestDocumentRequest> UploadDocuments => MetrcWriteOperations.LabTests.UploadDocuments;

        public static MetrcWriteOperation<ReleaseLabTestResultRequest> ReleaseResults => MetrcWriteOperations.LabTests.ReleaseResults;

        public static MetrcWriteOperation<SetRequiredLabTestsRequest> SetRequiredLabTests => MetrcWriteOperations.Packages.SetRequiredLabTests;

        public static MetrcWriteOperation<RemediatePackageRequest> Remediate => MetrcWriteOperations.Packages.Remediate;

        public static MetrcWriteOperation<DecontaminatePackageRequest> Decontaminate => MetrcWriteOperations.Packages.Decontaminate;
    }

    private static MetrcValidationResult Check<T>(MetrcWriteOperation<T> operation, T row) => V.Validate(operation, [row], Co(LabSnapshot()));

    private static OffsetDateTime Local(LocalDate date, int hour) =>
        date.At(new LocalTime(hour, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["America/Denver"]).ToOffsetDateTime();

    private static LabTestResultRequest Result() => new() { LabTestTypeName = "THC", Quantity = 21.5m, Passed = true, Notes = "" };

    private static RecordLabTestResultRequest Record(int tag = 900) => new()
    {
        Label = PackageTag(tag),
        ResultDate = Local(Today, 8),
        Results = [Result()],
    };

    private static UploadLabTestDocumentRequest Upload() => new() { LabTestResultId = ResultId, DocumentFileName = "coa.pdf", DocumentFileBase64 = Pdf };

    private static ReleaseLabTestResultRequest Release(int tag = 900) => new() { PackageLabel = PackageTag(tag) };

    private static SetRequiredLabTestsRequest SetRequired(int tag = 900) => new() { Label = PackageTag(tag), RequiredLabTestBatches = ["Potency"] };

    private static RemediatePackageRequest Remediate(int tag = 910) => new()
    {
        PackageLabel = PackageTag(tag),
        RemediationMethodName = "Further Drying",
        RemediationDate = Today,
        RemediationSteps = "Dried 48 hours",
    };

    private static DecontaminatePackageRequest Decontaminate(int tag = 910) => new()
    {
        PackageLabel = PackageTag(tag),
        DecontaminationMethodName = "Ozone",
        DecontaminationDate = Today,
        DecontaminationSteps = "Ozone chamber 2 hours",
    };

    /// <summary>
    /// <see cref="ValidationRows.Snapshot"/> plus: package 910 failed, 911 remediated, 912 decontaminated, 913 failed its
    /// retest, 914 passed its retest; result 5001 recorded; batches Potency and Microbiologicals.
    /// </summary>
    private static MetrcLifecycleSnapshot LabSnapshot()
    {
        MetrcLifecycleSnapshot basis = Snapshot();
        MetrcPackageInfo In(LabTestingState state) => new(PackageStatus.Active) { Quantity = 100, UnitOfMeasure = "Grams", LabTestingState = state };
        return new MetrcLifecycleSnapshot
        {
            LicenseNumber = basis.LicenseNumber,
            Tags = basis.Tags,
            Plants = basis.Plants,
            Items = basis.Items,
            LicenseStartDate = basis.LicenseStartDate,
            Packages = new Dictionary<string, MetrcPackageInfo>(basis.Packages!)
            {
                [PackageTag(910)] = In(LabTestingState.TestFailed),
                [PackageTag(911)] = In(LabTestingState.Remediated),
                [PackageTag(912)] = In(LabTestingState.Decontaminated),
                [PackageTag(913)] = In(LabTestingState.RetestFailed),
                [PackageTag(914)] = In(LabTestingState.RetestPassed),
            },
            LabTestResultIds = new HashSet<long> { ResultId },
            LabTestBatches = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Potency", "Microbiologicals" },
        };
    }

    private static void AssertClean(MetrcValidationResult result) =>
        Assert.True(result.IsValid, string.Join("; ", result.Issues.Select(i => $"{i.RowIndex}:{i.Field}:{i.Code}:{i.Message}")));
}
