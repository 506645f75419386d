using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>The emulator's processing job rules over loopback HTTP, in Montana (processing jobs exist in some states only).</summary>
public sealed class ProcessingRuleTests
{
    private const MetrcState State = MetrcState.Mt;

    private static readonly LocalDate s_today = EmulatorHarness.Today;
    private static readonly OffsetDateTime s_anHourAgo = Instant.FromDateTimeOffset(EmulatorHarness.Start).Minus(Duration.FromHours(1)).WithOffset(Offset.FromHours(-6));

    [Fact]
    public async Task Job_types_are_created_updated_and_archived_with_unique_names()
    {
        await using Montana m = await Montana.StartAsync();
        MetrcWriteResult created = await m.Jobs.CreateJobTypesAsync(m.License, [JobType("Distillation")]);
        long id = Assert.Single(created.Ids);
        Assert.Contains("Distillation", await ActiveTypeNamesAsync(m));

        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobTypeNameInUse, () => m.Jobs.CreateJobTypesAsync(m.License, [JobType("distillation")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobTypeNameInUse, () => m.Jobs.CreateJobTypesAsync(m.License, [JobType("Curing"), JobType("Curing")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => m.Jobs.CreateJobTypesAsync(m.License, [JobType("Curing") with { Attributes = ["Solvent", " "] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => m.Jobs.CreateJobTypesAsync(m.License, [JobType("Curing") with { Category = " " }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobTypeNotFound, () => m.Jobs.UpdateJobTypesAsync(m.License, [Update(id + 1000, "Distillation")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobTypeNameInUse, () => m.Jobs.UpdateJobTypesAsync(m.License, [Update(id, "Extraction")]));

        await m.Jobs.UpdateJobTypesAsync(m.License, [Update(id, "Short Path Distillation")]);
        Assert.Contains("Short Path Distillation", await ActiveTypeNamesAsync(m));

        await m.Jobs.DeleteJobTypeAsync(m.License, id);
        Assert.DoesNotContain("Short Path Distillation", await ActiveTypeNamesAsync(m));
        Assert.Contains(await m.Jobs.ListInactiveJobTypesAsync(m.License).ToListAsync(), t => t.Name == "Short Path Distillation");
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobTypeNotFound, () => m.Jobs.DeleteJobTypeAsync(m.License, id));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobTypeNotFound, () => m.Jobs.UpdateJobTypesAsync(m.License, [Update(id, "Distillation")]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobTypeNotActive, () => m.Jobs.StartAsync(m.License, [m.Start("J-1", 1) with { JobType = "Short Path Distillation" }]));

        // An archived type's name is free again; attributes are optional.
        await m.Jobs.CreateJobTypesAsync(m.License, [JobType("Short Path Distillation") with { Attributes = [] }]);
        Assert.Contains("Short Path Distillation", await ActiveTypeNamesAsync(m));
    }

    [Fact]
    public async Task Starting_a_job_takes_the_quantities_out_of_its_packages()
    {
        await using Montana m = await Montana.StartAsync();
        decimal before = m.Quantity(m.Source);

        long id = Assert.Single((await m.Jobs.StartAsync(m.License, [m.Start("J-1", 25.5m)])).Ids);

        Assert.Equal(before - 25.5m, m.Quantity(m.Source));
        ProcessingJob job = Assert.Single(await m.Jobs.ListActiveAsync(m.License).ToListAsync());
        Assert.Equal((id, "J-1", "Extraction", false), (job.Id, job.Name, job.JobTypeName, job.IsFinished));
        Assert.Equal([m.Source], job.Packages);
        MetrcProcessingJobInfo info = m.Snapshot().ProcessingJobs!["J-1"];
        Assert.Equal(25.5m, info.Inputs![m.Source]);
    }

    [Fact]
    public async Task A_start_is_rejected_for_a_taken_name_an_unknown_type_a_future_date_and_packages_that_cannot_give_the_quantity()
    {
        await using Montana m = await Montana.StartAsync();
        await m.Jobs.StartAsync(m.License, [m.Start("J-1", 1)]);
        decimal held = m.Quantity(m.Source);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobNameInUse, () => m.Jobs.StartAsync(m.License, [m.Start("J-1", 1)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobNameInUse, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 1), m.Start("J-2", 1)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobTypeNotActive, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 1) with { JobType = "Curing" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 1) with { StartDate = s_anHourAgo.Plus(Duration.FromDays(1)) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", held + 1)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 1) with { Packages = [Line(m.Source, 1, "Ounces")] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 1) with { WeightUnitOfMeasure = "Liters" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 0)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagFormat, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 1) with { Packages = [Line("PKG-1", 1)] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageNotActive, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 1) with { Packages = [Line(m.NewTag(50), 1)] }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 1) with { Packages = [] }]));

        await m.Client.Packages.FinishAsync(m.License, [new FinishPackageRequest { Label = m.Source, ActualDate = s_today }]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageFinished, () => m.Jobs.StartAsync(m.License, [m.Start("J-2", 1)]));
        Assert.Equal(held, m.Quantity(m.Source));
    }

    [Fact]
    public async Task An_adjustment_takes_from_what_an_open_job_holds()
    {
        await using Montana m = await Montana.StartAsync();
        long id = Assert.Single((await m.Jobs.StartAsync(m.License, [m.Start("J-1", 40)])).Ids);

        await m.Jobs.AdjustAsync(m.License, [Adjust(id, Line(m.Source, 15))]);
        Assert.Equal(25, m.Snapshot().ProcessingJobs!["J-1"].Inputs![m.Source]);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => m.Jobs.AdjustAsync(m.License, [Adjust(id, Line(m.Source, 25.01m))]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => m.Jobs.AdjustAsync(m.License, [Adjust(id, Line(m.Other, 1))]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => m.Jobs.AdjustAsync(m.License, [Adjust(id, Line(m.Source, 1, "Pounds"))]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => m.Jobs.AdjustAsync(m.License, [Adjust(id, Line(m.Source, 1)) with { AdjustmentReason = "" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobNotFound, () => m.Jobs.AdjustAsync(m.License, [Adjust(id + 1000, Line(m.Source, 1))]));

        await m.Jobs.FinishAsync(m.License, [Finish(id)]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobFinished, () => m.Jobs.AdjustAsync(m.License, [Adjust(id, Line(m.Source, 1))]));
    }

    [Fact]
    public async Task Packages_are_created_only_from_an_open_job_on_new_tags_of_known_items()
    {
        await using Montana m = await Montana.StartAsync();
        await m.Jobs.StartAsync(m.License, [m.Start("J-1", 40)]);
        string tag = m.NewTag(0);

        MetrcWriteResult result = await m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", tag)]);

        Package package = await m.Client.Packages.GetByLabelAsync(m.License, tag);
        Assert.Equal((Assert.Single(result.Ids), "Live Resin", 12.5m, "Grams"), (package.Id, package.Item?.Name, package.Quantity, package.UnitOfMeasureName));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagUnavailable, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", tag)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TagWrongType, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", m.Facility.PlantTags[0])]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemNotFound, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", m.NewTag(1)) with { Item = "Moon Rocks" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", m.NewTag(1)) with { Item = "Pre-Roll 1g" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", m.NewTag(1)) with { Location = "Attic" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", m.NewTag(1)) with { Quantity = 0 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", m.NewTag(1)) with { PackageDate = s_today.PlusDays(1) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobNotFound, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-9", m.NewTag(1))]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", m.NewTag(1)) with { FinishProcessingJob = true }]));

        // The last package can finish the job; a finished job gives no more packages.
        await m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", m.NewTag(1)) with { FinishProcessingJob = true, FinishDate = s_today }]);
        Assert.True(Assert.Single(await m.Jobs.ListInactiveAsync(m.License).ToListAsync()).IsFinished);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobFinished, () => m.Jobs.CreatePackagesAsync(m.License, [m.Output("J-1", m.NewTag(2))]));
    }

    [Fact]
    public async Task A_job_is_finished_once_and_unfinished_only_when_finished()
    {
        await using Montana m = await Montana.StartAsync();
        long id = Assert.Single((await m.Jobs.StartAsync(m.License, [m.Start("J-1", 10)])).Ids);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobNotFinished, () => m.Jobs.UnfinishAsync(m.License, [new UnfinishProcessingJobRequest { Id = id }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => m.Jobs.FinishAsync(m.License, [Finish(id) with { WasteWeightUnitOfMeasureName = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => m.Jobs.FinishAsync(m.License, [Finish(id) with { WasteWeightUnitOfMeasureName = "Each" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => m.Jobs.FinishAsync(m.License, [Finish(id) with { TotalCountWaste = "a few", WasteCountUnitOfMeasureName = "Each" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => m.Jobs.FinishAsync(m.License, [Finish(id) with { FinishDate = s_anHourAgo.Plus(Duration.FromHours(2)) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobNotFound, () => m.Jobs.FinishAsync(m.License, [Finish(id + 1000)]));

        await m.Jobs.FinishAsync(m.License, [Finish(id)]);
        Assert.Empty(await m.Jobs.ListActiveAsync(m.License).ToListAsync());
        Assert.True(m.Snapshot().ProcessingJobs!["J-1"].IsFinished);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobFinished, () => m.Jobs.FinishAsync(m.License, [Finish(id)]));

        await m.Jobs.UnfinishAsync(m.License, [new UnfinishProcessingJobRequest { Id = id }]);
        Assert.Equal(id, Assert.Single(await m.Jobs.ListActiveAsync(m.License).ToListAsync()).Id);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobNotFound, () => m.Jobs.UnfinishAsync(m.License, [new UnfinishProcessingJobRequest { Id = id + 1000 }]));
    }

    [Fact]
    public async Task Only_an_existing_open_job_can_be_deleted()
    {
        await using Montana m = await Montana.StartAsync();
        long[] ids = [.. (await m.Jobs.StartAsync(m.License, [m.Start("J-1", 1), m.Start("J-2", 1)])).Ids];
        await m.Jobs.FinishAsync(m.License, [Finish(ids[1])]);

        await m.Jobs.DeleteAsync(m.License, ids[0]);

        Assert.False(m.Snapshot().ProcessingJobs!.ContainsKey("J-1"));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobNotFound, () => m.Jobs.DeleteAsync(m.License, ids[0]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ProcessingJobFinished, () => m.Jobs.DeleteAsync(m.License, ids[1]));
    }

    private static async Task<List<string?>> ActiveTypeNamesAsync(Montana m) =>
        [.. (await m.Jobs.ListActiveJobTypesAsync(m.License).ToListAsync()).Select(t => t.Name)];

    private static CreateProcessingJobTypeRequest JobType(string name) => new() { Name = name, Category = "Extraction", Attributes = ["Solvent"], ProcessingSteps = "Distil." };

    private static UpdateProcessingJobTypeRequest Update(long id, string name) => new() { Id = id, Name = name, CategoryName = "Extraction", Attributes = ["Solvent"] };

    private static ProcessingJobPackageRequest Line(string label, decimal quantity, string unit = "Grams") => new() { Label = label, Quantity = quantity, UnitOfMeasure = unit };

    private static AdjustProcessingJobRequest Adjust(long id, ProcessingJobPackageRequest line) => new()
    {
        Id = id,
        AdjustmentReason = "Spoilage",
        AdjustmentDate = s_anHourAgo,
        Packages = [line],
    };

    private static FinishProcessingJobRequest Finish(long id) => new()
    {
        Id = id,
        FinishDate = s_anHourAgo,
        FinishNote = "Done",
        TotalWeightWaste = 1.5m,
        WasteWeightUnitOfMeasureName = "Grams",
    };

    /// <summary>An emulator serving Montana only, with a client for its first facility.</summary>
    private sealed class Montana : IAsyncDisposable
    {
        private Montana(EmulatorHarness harness)
        {
            Harness = harness;
            Facility = harness.Emulator.Facilities[0];
            Client = harness.ClientFor(Facility.UserKey, state: State);
        }

        public EmulatorHarness Harness { get; }

        public EmulatedFacility Facility { get; }

        public IMetrcClient Client { get; }

        public IProcessingJobsClient Jobs => Client.ProcessingJobs;

        public string License => Facility.LicenseNumber;

        /// <summary>A seeded active package (Buds, grams, tested).</summary>
        public string Source => Facility.SeededPackages[0];

        /// <summary>Another seeded package, in no job.</summary>
        public string Other => Facility.SeededPackages[1];

        public static async Task<Montana> StartAsync() => new(await EmulatorHarness.StartAsync(o =>
        {
            o.States.Clear();
            o.States.Add(State);
        }));

        public string NewTag(int index) => Facility.PackageTags[index];

        public MetrcLifecycleSnapshot Snapshot() => Harness.Emulator.GetLifecycleSnapshot(State, License);

        public decimal Quantity(string label) => Snapshot().Packages![label].Quantity!.Value;

        public StartProcessingJobRequest Start(string name, decimal quantity) => new()
        {
            JobName = name,
            JobType = "Extraction",
            WeightUnitOfMeasure = "Grams",
            StartDate = s_anHourAgo,
            Packages = [Line(Source, quantity)],
        };

        public CreateProcessingJobPackageRequest Output(string job, string tag) => new()
        {
            JobName = job,
            Tag = tag,
            Location = "Vault",
            Item = "Live Resin",
            Quantity = 12.5m,
            UnitOfMeasure = "Grams",
            PackageDate = s_today,
        };

        public ValueTask DisposeAsync() => Harness.DisposeAsync();
    }
}
