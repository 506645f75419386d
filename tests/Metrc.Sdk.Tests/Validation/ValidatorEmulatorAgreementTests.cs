using System.Globalization;
using CsCheck;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>
/// Random seed-to-sale lifecycles (plant batch → vegetative → flowering → harvest → package → finish/unfinish → sale),
/// some with one mutation, run step by step through the client validator (with a snapshot mirroring the emulator) and
/// through the emulator (client validation off). Valid lifecycles must pass both; a mutation must be caught; both sides
/// must agree on every step.
/// </summary>
public sealed class ValidatorEmulatorAgreementTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly LocalDate Today = new(2026, 6, 1);

    private MetrcEmulator _emulator = null!;
    private MetrcClientFactory _factory = null!;
    private IMetrcClient _client = null!;
    private EmulatedFacility _facility = null!;
    private MetrcValidator _validator = null!;
    private int _nextPlantTag;
    private int _nextPackageTag;
    private int _run;

    public enum Mutation
    {
        None,
        ReusedTag,
        BadTagFormat,
        PlantTagOnPackage,
        DuplicateTagInRequest,
        PhaseGoesBack,
        HarvestWithoutFlowering,
        SaleOfFinishedPackage,
        FutureDate,
        FutureSale,
        ZeroHarvestWeight,
        ZeroSaleQuantity,
        VolumeUnitForHarvest,
        UnknownSaleUnit,
        CountItemFromHarvest,
        BatchOverCap,
    }

    public async Task InitializeAsync()
    {
        var options = new MetrcEmulatorOptions { TimeProvider = new FakeTimeProvider(Start), TagsPerFacility = 1_000, FacilitiesPerState = 1 };
        options.RateLimits.Enabled = false;
        _emulator = await MetrcEmulator.StartAsync(options);
        _facility = _emulator.Facilities[0];
        _factory = new MetrcClientFactory(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = _emulator.GetBaseAddress(MetrcState.Co) };
            o.MaxRetryAttempts = 0;
            o.Batching.ResubmitValidRows = false;
            o.Validation.Mode = MetrcValidationMode.Disabled; // the emulator judges alone on this side
        });
        _client = _factory.Create(MetrcState.Co, new MetrcCredentials(_emulator.VendorKey, _facility.UserKey));
        _validator = new MetrcValidator(null, new FakeTimeProvider(Start));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Validator_and_emulator_agree_on_random_lifecycles_and_mutations()
    {
        Gen<Mutation> mutation = Gen.Frequency((3, Gen.Const(Mutation.None)), (7, Gen.Enum<Mutation>()));
        Gen<Plan> plans =
            from plants in Gen.Int[1, 4]
            from hundredths in Gen.Int[1, 50_000].Array[plants]
            from packagePercent in Gen.Int[1, 100]
            from finishAndUnfinish in Gen.Bool
            from salePercent in Gen.Int[1, 100]
            from m in mutation
            select new Plan(plants, [.. hundredths.Select(h => h / 100m)], packagePercent, finishAndUnfinish, salePercent, m);

        int valid = 0, mutated = 0;
        await plans.SampleAsync(
            async plan =>
            {
                await RunAsync(plan);
                _ = plan.Mutation == Mutation.None ? Interlocked.Increment(ref valid) : Interlocked.Increment(ref mutated);
            },
            iter: 60,
            threads: 1,
            print: p => p.ToString());

        Assert.True(valid > 0 && mutated > 0, $"{valid} valid and {mutated} mutated lifecycles ran");
    }

    private async Task RunAsync(Plan plan)
    {
        int run = Interlocked.Increment(ref _run);
        string batch = $"PB-{run}";
        string harvest = $"H-{run}";
        List<string> plants = [.. Enumerable.Range(0, plan.Plants).Select(_ => _facility.PlantTags[_nextPlantTag++])];
        string packageTag = _facility.PackageTags[_nextPackageTag++];
        Mutation m = plan.Mutation;
        decimal harvested = plan.Weights.Sum();
        decimal packaged = Math.Max(0.01m, decimal.Round(harvested * plan.PackagePercent / 100m, 2));
        decimal sold = Math.Max(0.01m, decimal.Round(packaged * plan.SalePercent / 100m, 2));

        var steps = new List<Step>
        {
            Step.Of(MetrcWriteOperations.PlantBatches.CreatePlantings, m is Mutation.BatchOverCap or Mutation.FutureDate,
            [
                new CreatePlantingsRequest
                {
                    Name = batch, Type = "Clone", Count = m == Mutation.BatchOverCap ? 101 : plan.Plants, Strain = "Blue Dream", Location = "Veg Room",
                    ActualDate = m == Mutation.FutureDate ? Today.PlusDays(2) : Today,
                },
            ]),
            Step.Of(MetrcWriteOperations.PlantBatches.ChangeGrowthPhase, false,
            [
                new ChangePlantBatchGrowthPhaseRequest
                {
                    Name = batch, Count = plan.Plants, StartingTag = plants[0], GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = Today,
                },
            ]),
        };
        if (m != Mutation.HarvestWithoutFlowering)
        {
            steps.Add(Step.Of(MetrcWriteOperations.Plants.ChangeGrowthPhase, false,
                [.. plants.Select(p => new ChangePlantGrowthPhaseRequest { Label = p, GrowthPhase = "Flowering", NewLocation = "Flower Room", GrowthDate = Today })]));
        }

        if (m == Mutation.PhaseGoesBack)
        {
            steps.Add(Step.Of(MetrcWriteOperations.Plants.ChangeGrowthPhase, true,
                [new ChangePlantGrowthPhaseRequest { Label = plants[0], GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = Today }]));
        }

        steps.Add(Step.Of(MetrcWriteOperations.Plants.Harvest, m is Mutation.HarvestWithoutFlowering or Mutation.ZeroHarvestWeight or Mutation.VolumeUnitForHarvest,
        [
            .. plants.Select((p, i) => new HarvestPlantRequest
            {
                Plant = p, Weight = m == Mutation.ZeroHarvestWeight && i == 0 ? 0 : plan.Weights[i], UnitOfWeight = m == Mutation.VolumeUnitForHarvest ? "Liters" : "Grams",
                DryingLocation = "Dry Room", HarvestName = harvest, ActualDate = Today,
            }),
        ]));

        string tag = m switch
        {
            Mutation.ReusedTag => _facility.SeededPackages[0],
            Mutation.BadTagFormat => packageTag.ToLowerInvariant(),
            Mutation.PlantTagOnPackage => _facility.PlantTags[_nextPlantTag++],
            _ => packageTag,
        };
        CreateHarvestPackageRequest package = new()
        {
            Tag = tag,
            Location = "Vault",
            Item = m == Mutation.CountItemFromHarvest ? "Pre-Roll 1g" : "Buds",
            UnitOfWeight = "Grams",
            ActualDate = Today,
            Ingredients = [new HarvestIngredient { HarvestName = harvest, Weight = packaged, UnitOfWeight = "Grams" }],
        };
        steps.Add(Step.Of(MetrcWriteOperations.Harvests.CreatePackages, m is Mutation.ReusedTag or Mutation.BadTagFormat or Mutation.PlantTagOnPackage or Mutation.DuplicateTagInRequest or Mutation.CountItemFromHarvest,
            m == Mutation.DuplicateTagInRequest ? [package, package] : [package]));
        if (plan.FinishAndUnfinish || m == Mutation.SaleOfFinishedPackage)
        {
            steps.Add(Step.Of(MetrcWriteOperations.Packages.Finish, false, [new FinishPackageRequest { Label = packageTag, ActualDate = Today }]));
            if (m != Mutation.SaleOfFinishedPackage)
            {
                steps.Add(Step.Of(MetrcWriteOperations.Packages.Unfinish, false, [new UnfinishPackageRequest { Label = packageTag }]));
            }
        }

        steps.Add(Step.Of(MetrcWriteOperations.Sales.CreateReceipts, m is Mutation.SaleOfFinishedPackage or Mutation.FutureSale or Mutation.ZeroSaleQuantity or Mutation.UnknownSaleUnit,
        [
            new CreateSalesReceiptRequest
            {
                SalesDateTime = Instant.FromDateTimeOffset(Start).Plus(m == Mutation.FutureSale ? Duration.FromDays(1) : Duration.FromHours(-1)).WithOffset(Offset.FromHours(-6)),
                SalesCustomerType = "Consumer",
                ExternalReceiptNumber = $"R-{run}",
                Transactions =
                [
                    new CreateSalesTransaction
                    {
                        PackageLabel = packageTag, Quantity = m == Mutation.ZeroSaleQuantity ? 0 : sold, UnitOfMeasure = m == Mutation.UnknownSaleUnit ? "Bushels" : "Grams", TotalAmount = 10,
                    },
                ],
            },
        ]));

        foreach (Step step in steps)
        {
            MetrcValidationResult client = step.Validate(_validator, Context());
            bool emulatorAccepted = await step.SendAsync(_client, _facility.LicenseNumber);
            string what = $"{plan} step {step.Name}: client {(client.IsValid ? "accepted" : "rejected: " + string.Join("; ", client.Issues))}, emulator {(emulatorAccepted ? "accepted" : "rejected")}";
            Assert.True(client.IsValid == emulatorAccepted, "The two sides disagree. " + what);
            Assert.True(client.IsValid != step.Mutated, (step.Mutated ? "A mutation was not caught. " : "A valid step was rejected. ") + what);
            if (!client.IsValid)
            {
                return;
            }
        }

        Assert.Equal(Mutation.None, m);
    }

    /// <summary>The validator's view of the facility: the emulator's current state, as a client with complete records would pass it.</summary>
    private MetrcValidationContext Context() => new()
    {
        State = MetrcState.Co,
        LicenseNumber = _facility.LicenseNumber,
        Snapshot = _emulator.GetLifecycleSnapshot(MetrcState.Co, _facility.LicenseNumber),
    };

    public sealed record Plan(int Plants, decimal[] Weights, int PackagePercent, bool FinishAndUnfinish, int SalePercent, Mutation Mutation)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"Plan {{ Plants = {Plants}, Weights = [{string.Join(", ", Weights)}], Package% = {PackagePercent}, FinishUnfinish = {FinishAndUnfinish}, Sale% = {SalePercent}, Mutation = {Mutation} }}");
    }

    private sealed record Step(string Name, bool Mutated, Func<MetrcValidator, MetrcValidationContext, MetrcValidationResult> Validate, Func<IMetrcClient, string, Task<bool>> SendAsync)
    {
        public static Step Of<T>(MetrcWriteOperation<T> operation, bool mutated, IReadOnlyList<T> rows) => new(
            operation.Name,
            mutated,
            (validator, context) => validator.Validate(operation, rows, context),
            async (client, license) => (await client.Batches.WriteAsync(operation, license, rows)).IsSuccess);
    }
}
