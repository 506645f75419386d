using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;
using static Metrc.Sdk.Tests.Validation.ValidationRows;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>The validator's rules of processing jobs and job types (stateless, and stateful against <see cref="JobSnapshot"/>).</summary>
public sealed class ProcessingRuleTests
{
    private const long OpenJob = 500;
    private const long FinishedJob = 501;
    private const long Extraction = 10;

    private static readonly MetrcValidator V = Validator();
    private static readonly OffsetDateTime AnHourAgo = Instant.FromDateTimeOffset(Now).Minus(Duration.FromHours(1)).WithOffset(Offset.FromHours(-6));

    public static TheoryData<string, Func<MetrcValidationResult>, int, string?, string> Broken() => new()
    {
        // Job types.
        { "blank type name", () => Validate(Ops.CreateJobTypes, [JobType() with { Name = " " }]), 0, "Name", MetrcRuleCodes.Required },
        { "two types one name", () => Validate(Ops.CreateJobTypes, [JobType(), JobType() with { Name = "distillation" }]), 1, "Name", MetrcRuleCodes.ProcessingJobTypeNameInUse },
        { "type name taken", () => Validate(Ops.CreateJobTypes, [JobType() with { Name = "Extraction" }], JobSnapshot()), 0, "Name", MetrcRuleCodes.ProcessingJobTypeNameInUse },
        { "no category", () => Validate(Ops.CreateJobTypes, [JobType() with { Category = null }]), 0, "Category", MetrcRuleCodes.Required },
        { "blank attribute", () => Validate(Ops.CreateJobTypes, [JobType() with { Attributes = ["Solvent", ""] }]), 0, "Attributes[1]", MetrcRuleCodes.Required },
        { "update without id", () => Validate(Ops.UpdateJobTypes, [UpdateType() with { Id = null }]), 0, "Id", MetrcRuleCodes.Required },
        { "update unknown type", () => Validate(Ops.UpdateJobTypes, [UpdateType() with { Id = 99 }], JobSnapshot()), 0, "Id", MetrcRuleCodes.ProcessingJobTypeNotFound },
        { "rename onto another type", () => Validate(Ops.UpdateJobTypes, [UpdateType() with { Name = "Infusion" }], JobSnapshot()), 0, "Name", MetrcRuleCodes.ProcessingJobTypeNameInUse },
        { "update without category", () => Validate(Ops.UpdateJobTypes, [UpdateType() with { CategoryName = "" }]), 0, "CategoryName", MetrcRuleCodes.Required },

        // Start.
        { "job name taken", () => Validate(Ops.Start, [Start() with { JobName = "J-OPEN" }], JobSnapshot()), 0, "JobName", MetrcRuleCodes.ProcessingJobNameInUse },
        { "two jobs one name", () => Validate(Ops.Start, [Start(), Start()]), 1, "JobName", MetrcRuleCodes.ProcessingJobNameInUse },
        { "blank job name", () => Validate(Ops.Start, [Start() with { JobName = "" }]), 0, "JobName", MetrcRuleCodes.Required },
        { "archived job type", () => Validate(Ops.Start, [Start() with { JobType = "Curing" }], JobSnapshot()), 0, "JobType", MetrcRuleCodes.ProcessingJobTypeNotActive },
        { "no job type", () => Validate(Ops.Start, [Start() with { JobType = null }]), 0, "JobType", MetrcRuleCodes.Required },
        { "start tomorrow", () => Validate(Ops.Start, [Start() with { StartDate = AnHourAgo.Plus(Duration.FromDays(1)) }]), 0, "StartDate", MetrcRuleCodes.DateInFuture },
        { "no start date", () => Validate(Ops.Start, [Start() with { StartDate = null }]), 0, "StartDate", MetrcRuleCodes.Required },
        { "no packages", () => Validate(Ops.Start, [Start() with { Packages = [] }]), 0, "Packages", MetrcRuleCodes.Required },
        { "malformed package label", () => Validate(Ops.Start, [Start() with { Packages = [Line(900, 1) with { Label = "PKG-1" }] }]), 0, "Packages[0].Label", MetrcRuleCodes.TagFormat },
        { "zero taken", () => Validate(Ops.Start, [Start() with { Packages = [Line(900, 0)] }]), 0, "Packages[0].Quantity", MetrcRuleCodes.QuantityPositive },
        { "unknown unit", () => Validate(Ops.Start, [Start() with { Packages = [Line(900, 1) with { UnitOfMeasure = "Bushels" }] }]), 0, "Packages[0].UnitOfMeasure", MetrcRuleCodes.UnitUnknown },
        { "volume as weight unit", () => Validate(Ops.Start, [Start() with { WeightUnitOfMeasure = "Liters" }]), 0, "WeightUnitOfMeasure", MetrcRuleCodes.UnitIncompatible },
        { "finished package", () => Validate(Ops.Start, [Start() with { Packages = [Line(901, 1)] }], JobSnapshot()), 0, "Packages[0].Label", MetrcRuleCodes.PackageFinished },
        { "package on hold", () => Validate(Ops.Start, [Start() with { Packages = [Line(902, 1)] }], JobSnapshot()), 0, "Packages[0].Label", MetrcRuleCodes.PackageOnHold },
        { "unknown package", () => Validate(Ops.Start, [Start() with { Packages = [Line(999, 1)] }], JobSnapshot()), 0, "Packages[0].Label", MetrcRuleCodes.PackageNotActive },
        { "more than the package holds", () => Validate(Ops.Start, [Start() with { Packages = [Line(900, 100.5m)] }], JobSnapshot()), 0, "Packages[0].Quantity", MetrcRuleCodes.QuantityExceedsAvailable },
        { "two lines over stock", () => Validate(Ops.Start, [Start() with { Packages = [Line(900, 60), Line(900, 41)] }], JobSnapshot()), 0, "Packages[1].Quantity", MetrcRuleCodes.QuantityExceedsAvailable },
        { "another unit than the package", () => Validate(Ops.Start, [Start() with { Packages = [Line(900, 1) with { UnitOfMeasure = "Ounces" }] }], JobSnapshot()), 0, "Packages[0].UnitOfMeasure", MetrcRuleCodes.UnitIncompatible },

        // Adjust.
        { "adjust without id", () => Validate(Ops.Adjust, [AdjustJob() with { Id = null }]), 0, "Id", MetrcRuleCodes.Required },
        { "adjust unknown job", () => Validate(Ops.Adjust, [AdjustJob() with { Id = 77 }], JobSnapshot()), 0, "Id", MetrcRuleCodes.ProcessingJobNotFound },
        { "adjust finished job", () => Validate(Ops.Adjust, [AdjustJob() with { Id = FinishedJob }], JobSnapshot()), 0, "Id", MetrcRuleCodes.ProcessingJobFinished },
        { "adjust without reason", () => Validate(Ops.Adjust, [AdjustJob() with { AdjustmentReason = null }]), 0, "AdjustmentReason", MetrcRuleCodes.Required },
        { "adjust without date", () => Validate(Ops.Adjust, [AdjustJob() with { AdjustmentDate = null }]), 0, "AdjustmentDate", MetrcRuleCodes.Required },
        { "adjust more than the job holds", () => Validate(Ops.Adjust, [AdjustJob() with { Packages = [Line(900, 40.01m)] }], JobSnapshot()), 0, "Packages[0].Quantity", MetrcRuleCodes.QuantityExceedsAvailable },
        { "adjust a package not in the job", () => Validate(Ops.Adjust, [AdjustJob() with { Packages = [Line(904, 1)] }], JobSnapshot()), 0, "Packages[0].Quantity", MetrcRuleCodes.QuantityExceedsAvailable },
        { "adjust in another unit", () => Validate(Ops.Adjust, [AdjustJob() with { Packages = [Line(900, 1) with { UnitOfMeasure = "Pounds" }] }], JobSnapshot()), 0, "Packages[0].UnitOfMeasure", MetrcRuleCodes.UnitIncompatible },

        // Create packages.
        { "package from an unknown job", () => Validate(Ops.CreatePackages, [JobPackage() with { JobName = "J-NONE" }], JobSnapshot()), 0, "JobName", MetrcRuleCodes.ProcessingJobNotFound },
        { "package from a finished job", () => Validate(Ops.CreatePackages, [JobPackage() with { JobName = "J-DONE" }], JobSnapshot()), 0, "JobName", MetrcRuleCodes.ProcessingJobFinished },
        { "package without job", () => Validate(Ops.CreatePackages, [JobPackage() with { JobName = null }]), 0, "JobName", MetrcRuleCodes.Required },
        { "used tag", () => Validate(Ops.CreatePackages, [JobPackage() with { Tag = PackageTag(60) }], JobSnapshot()), 0, "Tag", MetrcRuleCodes.TagUnavailable },
        { "plant tag", () => Validate(Ops.CreatePackages, [JobPackage() with { Tag = PlantTag(5) }], JobSnapshot()), 0, "Tag", MetrcRuleCodes.TagWrongType },
        { "same tag twice", () => Validate(Ops.CreatePackages, [JobPackage(), JobPackage()]), 1, "Tag", MetrcRuleCodes.TagDuplicate },
        { "unknown item", () => Validate(Ops.CreatePackages, [JobPackage() with { Item = "Moon Rocks" }], JobSnapshot()), 0, "Item", MetrcRuleCodes.ItemNotFound },
        { "grams of gummies", () => Validate(Ops.CreatePackages, [JobPackage() with { Item = "Gummies" }], JobSnapshot()), 0, "UnitOfMeasure", MetrcRuleCodes.UnitIncompatible },
        { "no location", () => Validate(Ops.CreatePackages, [JobPackage() with { Location = null }]), 0, "Location", MetrcRuleCodes.Required },
        { "zero package quantity", () => Validate(Ops.CreatePackages, [JobPackage() with { Quantity = 0 }]), 0, "Quantity", MetrcRuleCodes.QuantityPositive },
        { "package dated tomorrow", () => Validate(Ops.CreatePackages, [JobPackage() with { PackageDate = Today.PlusDays(1) }]), 0, "PackageDate", MetrcRuleCodes.DateInFuture },
        { "finish without a date", () => Validate(Ops.CreatePackages, [JobPackage() with { FinishProcessingJob = true }]), 0, "FinishDate", MetrcRuleCodes.Required },

        // Finish and unfinish.
        { "finish a finished job", () => Validate(Ops.Finish, [FinishJob() with { Id = FinishedJob }], JobSnapshot()), 0, "Id", MetrcRuleCodes.ProcessingJobFinished },
        { "finish an unknown job", () => Validate(Ops.Finish, [FinishJob() with { Id = 77 }], JobSnapshot()), 0, "Id", MetrcRuleCodes.ProcessingJobNotFound },
        { "finish without date", () => Validate(Ops.Finish, [FinishJob() with { FinishDate = null }]), 0, "FinishDate", MetrcRuleCodes.Required },
        { "finish in the future", () => Validate(Ops.Finish, [FinishJob() with { FinishDate = AnHourAgo.Plus(Duration.FromHours(2)) }]), 0, "FinishDate", MetrcRuleCodes.DateInFuture },
        { "weight waste without unit", () => Validate(Ops.Finish, [FinishJob() with { WasteWeightUnitOfMeasureName = null }]), 0, "WasteWeightUnitOfMeasureName", MetrcRuleCodes.Required },
        { "weight waste in each", () => Validate(Ops.Finish, [FinishJob() with { WasteWeightUnitOfMeasureName = "Each" }]), 0, "WasteWeightUnitOfMeasureName", MetrcRuleCodes.UnitIncompatible },
        { "negative waste", () => Validate(Ops.Finish, [FinishJob() with { TotalWeightWaste = -1 }]), 0, "TotalWeightWaste", MetrcRuleCodes.QuantityPositive },
        { "count waste not a number", () => Validate(Ops.Finish, [FinishJob() with { TotalCountWaste = "a few", WasteCountUnitOfMeasureName = "Each" }]), 0, "TotalCountWaste", MetrcRuleCodes.InvalidValue },
        { "unfinish an open job", () => Validate(Ops.Unfinish, [new UnfinishProcessingJobRequest { Id = OpenJob }], JobSnapshot()), 0, "Id", MetrcRuleCodes.ProcessingJobNotFinished },
        { "unfinish an unknown job", () => Validate(Ops.Unfinish, [new UnfinishProcessingJobRequest { Id = 77 }], JobSnapshot()), 0, "Id", MetrcRuleCodes.ProcessingJobNotFound },
        { "unfinish without id", () => Validate(Ops.Unfinish, [new UnfinishProcessingJobRequest()]), 0, "Id", MetrcRuleCodes.Required },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_row_that_breaks_a_processing_rule_is_reported_with_its_row_field_and_code(string name, Func<MetrcValidationResult> validate, int row, string? field, string code)
    {
        MetrcValidationResult result = validate();

        Assert.False(result.IsValid, name);
        Assert.Contains(result.Issues, i => i.RowIndex == row && i.Field == field && i.Code == code && i.Severity == MetrcValidationSeverity.Error);
    }

    [Fact]
    public void Valid_processing_rows_pass_without_and_with_a_snapshot()
    {
        foreach (MetrcLifecycleSnapshot? snapshot in new[] { null, JobSnapshot() })
        {
            AssertClean(Validate(Ops.CreateJobTypes, [JobType(), JobType() with { Name = "Infusion 2", Category = "Infusion", Attributes = [] }, JobType() with { Name = "Curing", Attributes = null }], snapshot));
            AssertClean(Validate(Ops.UpdateJobTypes, [UpdateType(), UpdateType() with { Id = 11, Name = "Infusion", CategoryName = "Infusion" }], snapshot));
            AssertClean(Validate(Ops.Start, [Start(), Start() with { JobName = "J-NEW-2", Packages = [Line(900, 60), Line(900, 40)] }], snapshot));
            AssertClean(Validate(Ops.Adjust, [AdjustJob() with { Packages = [Line(900, 30), Line(900, 10)] }], snapshot));
            AssertClean(Validate(Ops.CreatePackages, [JobPackage(), JobPackage() with { Tag = PackageTag(6), FinishProcessingJob = true, FinishDate = Today }], snapshot));
            AssertClean(Validate(Ops.Finish, [FinishJob(), FinishJob() with { TotalWeightWaste = null, WasteWeightUnitOfMeasureName = null, TotalCountWaste = "2", WasteCountUnitOfMeasureName = "Each" }], snapshot));
            AssertClean(Validate(Ops.Unfinish, [new UnfinishProcessingJobRequest { Id = FinishedJob }], snapshot));
        }
    }

    [Fact]
    public void Without_the_jobs_and_job_types_in_the_snapshot_the_stateful_processing_rules_are_skipped()
    {
        MetrcLifecycleSnapshot packagesOnly = Snapshot();

        AssertClean(Validate(Ops.Start, [Start() with { JobType = "Curing" }], packagesOnly));
        AssertClean(Validate(Ops.Adjust, [AdjustJob() with { Id = 77, Packages = [Line(900, 99)] }], packagesOnly));
        AssertClean(Validate(Ops.Unfinish, [new UnfinishProcessingJobRequest { Id = OpenJob }], packagesOnly));
        AssertClean(Validate(Ops.UpdateJobTypes, [UpdateType() with { Id = 99 }], packagesOnly));
    }

    [Fact]
    public void A_job_type_may_keep_its_own_name_and_names_are_compared_without_case()
    {
        AssertClean(Validate(Ops.UpdateJobTypes, [UpdateType() with { Name = "EXTRACTION" }], JobSnapshot()));
        Assert.Contains(Validate(Ops.CreateJobTypes, [JobType() with { Name = "extraction" }], JobSnapshot()).Issues, i => i.Code == MetrcRuleCodes.ProcessingJobTypeNameInUse);
    }

    private static MetrcValidationResult Validate<T>(MetrcWriteOperation<T> operation, IReadOnlyList<T> rows, MetrcLifecycleSnapshot? snapshot = null) =>
        V.Validate(operation, rows, Co(snapshot));

    private static void AssertClean(MetrcValidationResult result) => Assert.True(result.Issues.Count == 0, string.Join(Environment.NewLine, result.Issues));

    private static CreateProcessingJobTypeRequest JobType() => new() { Name = "Distillation", Category = "Extraction", Attributes = ["Solvent"] };

    private static UpdateProcessingJobTypeRequest UpdateType() => new() { Id = Extraction, Name = "Extraction", CategoryName = "Extraction", Attributes = ["Solvent", "Heat"] };

    private static ProcessingJobPackageRequest Line(int tag, decimal quantity) => new() { Label = PackageTag(tag), Quantity = quantity, UnitOfMeasure = "Grams" };

    private static StartProcessingJobRequest Start() => new()
    {
        JobName = "J-NEW",
        JobType = "Extraction",
        WeightUnitOfMeasure = "Grams",
        StartDate = AnHourAgo,
        Packages = [Line(900, 10)],
    };

    private static AdjustProcessingJobRequest AdjustJob() => new()
    {
        Id = OpenJob,
        AdjustmentReason = "Spoilage",
        AdjustmentDate = AnHourAgo,
        WeightUnitOfMeasureName = "Grams",
        Packages = [Line(900, 5)],
    };

    private static CreateProcessingJobPackageRequest JobPackage() => new()
    {
        JobName = "J-OPEN",
        Tag = PackageTag(5),
        Location = "Vault",
        Item = "Buds",
        Quantity = 5,
        UnitOfMeasure = "Grams",
        PackageDate = Today,
    };

    private static FinishProcessingJobRequest FinishJob() => new()
    {
        Id = OpenJob,
        FinishDate = AnHourAgo,
        FinishNote = "Done",
        TotalWeightWaste = 1.5m,
        WasteWeightUnitOfMeasureName = "Grams",
    };

    /// <summary><see cref="ValidationRows.Snapshot"/> plus job J-OPEN (500, open, holds 40 g of package 900), J-DONE (501, finished), types Extraction (10) and Infusion (11).</summary>
    private static MetrcLifecycleSnapshot JobSnapshot()
    {
        MetrcLifecycleSnapshot s = Snapshot();
        return new MetrcLifecycleSnapshot
        {
            LicenseNumber = s.LicenseNumber,
            Tags = s.Tags,
            Plants = s.Plants,
            Packages = s.Packages,
            Items = s.Items,
            LicenseStartDate = s.LicenseStartDate,
            ProcessingJobs = new Dictionary<string, MetrcProcessingJobInfo>
            {
                ["J-OPEN"] = new(OpenJob, "Extraction", IsFinished: false) { Inputs = new Dictionary<string, decimal> { [PackageTag(900)] = 40 } },
                ["J-DONE"] = new(FinishedJob, "Infusion", IsFinished: true) { Inputs = new Dictionary<string, decimal>() },
            },
            ProcessingJobTypes = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase) { ["Extraction"] = Extraction, ["Infusion"] = 11 },
        };
    }

    private static class Ops
    {
        public static MetrcWriteOperation<CreateProcessingJobTypeRequest> CreateJobTypes => MetrcWriteOperations.ProcessingJobs.CreateJobTypes;

        public static MetrcWriteOperation<UpdateProcessingJobTypeRequest> UpdateJobTypes => MetrcWriteOperations.ProcessingJobs.UpdateJobTypes;

        public static MetrcWriteOperation<StartProcessingJobRequest> Start => MetrcWriteOperations.ProcessingJobs.Start;

        public static MetrcWriteOperation<AdjustProcessingJobRequest> Adjust => MetrcWriteOperations.ProcessingJobs.Adjust;

        public static MetrcWriteOperation<CreateProcessingJobPackageRequest> CreatePackages => MetrcWriteOperations.ProcessingJobs.CreatePackages;

        public static MetrcWriteOperation<FinishProcessingJobRequest> Finish => MetrcWriteOperations.ProcessingJobs.Finish;

        public static MetrcWriteOperation<UnfinishProcessingJobRequest> Unfinish => MetrcWriteOperations.ProcessingJobs.Unfinish;
    }
}
