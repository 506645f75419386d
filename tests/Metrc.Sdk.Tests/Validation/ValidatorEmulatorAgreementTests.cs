using System.Globalization;
using CsCheck;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>
/// Random seed-to-sale lifecycles (plant batch → vegetative → flowering → harvest → package → finish/unfinish → lab
/// test → package split → processing job → sale or transfer), some with one mutation, run step by step through the
/// client validator (with the emulator's own lifecycle snapshot) and through the emulator (client validation off).
/// Valid lifecycles must pass both; a mutation must be caught; both sides must agree on every step.
/// </summary>
public sealed class ValidatorEmulatorAgreementTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly LocalDate Today = new(2026, 6, 1);
    private const MetrcState State = MetrcState.Mt;

    /// <summary>Untracked plants a batch keeps after its plants are tagged (wasted from and split off).</summary>
    private const int ExtraPlants = 2;

    private static readonly OffsetDateTime HourAgo = Instant.FromDateTimeOffset(Start).Minus(Duration.FromHours(1)).WithOffset(Offset.FromHours(-6));


    private MetrcEmulator _emulator = null!;
    private MetrcClientFactory _factory = null!;
    private IMetrcClient _client = null!;
    private EmulatedFacility _facility = null!;
    private EmulatedFacility _recipient = null!;
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
        LabTestOfUnknownPackage,
        SaleAfterFailedLabTest,
        SplitMoreThanHeld,
        SplitNotConserved,
        JobTakesMoreThanHeld,
        JobOfUnknownType,
        PackageFromFinishedJob,
        TransferOfFinishedPackage,
        TransferAfterFailedLabTest,
        MoveToUnknownLocation,
        UnflagWhatIsNotFlagged,
        ChangeToItemMeasuredDifferently,
        BatchSplitOfMorePlantsThanLeft,
        BatchWasteByUnknownMethod,
        HarvestMovedToUnknownLocation,
        ReceiptFinalizedTwice,
    }

    public async Task InitializeAsync()
    {
        // Montana (America/Denver): it offers processing jobs, which Colorado does not.
        var options = new MetrcEmulatorOptions { TimeProvider = new FakeTimeProvider(Start), TagsPerFacility = 2_000, FacilitiesPerState = 2 };
        options.States.Clear();
        options.States.Add(State);
        options.RateLimits.Enabled = false;
        _emulator = await MetrcEmulator.StartAsync(options);
        _facility = _emulator.Facilities[0];
        _recipient = _emulator.Facilities[1];
        _factory = new MetrcClientFactory(o =>
        {
            o.States[State] = new MetrcStateOptions { BaseAddress = _emulator.GetBaseAddress(State) };
            o.MaxRetryAttempts = 0;
            o.Batching.ResubmitValidRows = false;
            o.Validation.Mode = MetrcValidationMode.Disabled; // the emulator judges alone on this side
        });
        _client = _factory.Create(State, new MetrcCredentials(_emulator.VendorKey, _facility.UserKey));
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
            from labTest in Gen.Bool
            from splitPercent in Gen.Frequency((1, Gen.Const(0)), (1, Gen.Int[1, 50]))
            from jobPercent in Gen.Frequency((1, Gen.Const(0)), (1, Gen.Int[1, 50]))
            from transfer in Gen.Bool
            from housekeeping in Gen.Bool
            from salePercent in Gen.Int[1, 100]
            from m in mutation
            select new Plan(plants, [.. hundredths.Select(h => h / 100m)], packagePercent, finishAndUnfinish, labTest, splitPercent, jobPercent, transfer, housekeeping, salePercent, m);

        int valid = 0, mutated = 0;
        await plans.SampleAsync(
            async plan =>
            {
                await RunAsync(plan);
                _ = plan.Mutation == Mutation.None ? Interlocked.Increment(ref valid) : Interlocked.Increment(ref mutated);
            },
            iter: 80,
            threads: 1,
            print: p => p.ToString());

        Assert.True(valid > 0 && mutated > 0, $"{valid} valid and {mutated} mutated lifecycles ran");
    }

    /// <summary>Each mutation at least once, on a lifecycle with every segment, whatever the random sample drew.</summary>
    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Every_mutation_is_caught_by_both_sides(Mutation mutation)
    {
        await RunAsync(new Plan(2, [120.5m, 80.25m], 60, FinishAndUnfinish: true, LabTest: true, SplitPercent: 20, JobPercent: 30, Transfer: false, Housekeeping: true, SalePercent: 10, mutation));
    }

    public static TheoryData<Mutation> Mutations() => [.. Enum.GetValues<Mutation>()];

    private async Task RunAsync(Plan plan)
    {
        int run = Interlocked.Increment(ref _run);
        var lifecycle = new Lifecycle(this, plan);
        await lifecycle.RunAsync(run);
        Assert.True(lifecycle.Caught || plan.Mutation == Mutation.None, $"{plan}: the mutation was never applied.");
    }

    /// <summary>The validator's view of the facility: the emulator's current state, as a client with complete records would pass it.</summary>
    private MetrcValidationContext Context() => new()
    {
        State = State,
        LicenseNumber = _facility.LicenseNumber,
        Snapshot = _emulator.GetLifecycleSnapshot(State, _facility.LicenseNumber),
    };

    private string NextPlantTag() => _facility.PlantTags[_nextPlantTag++];

    private string NextPackageTag() => _facility.PackageTags[_nextPackageTag++];

    public sealed record Plan(
        int Plants, decimal[] Weights, int PackagePercent, bool FinishAndUnfinish, bool LabTest, int SplitPercent, int JobPercent, bool Transfer, bool Housekeeping, int SalePercent, Mutation Mutation)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"Plan {{ Plants = {Plants}, Weights = [{string.Join(", ", Weights)}], Package% = {PackagePercent}, FinishUnfinish = {FinishAndUnfinish}, LabTest = {LabTest}, Split% = {SplitPercent}, Job% = {JobPercent}, Transfer = {Transfer}, Housekeeping = {Housekeeping}, Sale% = {SalePercent}, Mutation = {Mutation} }}");
    }

    /// <summary>
    /// One lifecycle, step by step: each step is judged by both sides; a rejected step (expected only where the mutation
    /// is) ends the lifecycle.
    /// </summary>
    private sealed class Lifecycle(ValidatorEmulatorAgreementTests test, Plan plan)
    {
        private readonly Mutation _m = plan.Mutation;

        /// <summary>Whether a mutated step was sent (and, by the assertions, rejected by both sides).</summary>
        public bool Caught { get; private set; }

        public async Task RunAsync(int run)
        {
            string batch = $"PB-{run}";
            string harvest = $"H-{run}";
            List<string> plants = [.. Enumerable.Range(0, plan.Plants).Select(_ => test.NextPlantTag())];
            string packageTag = test.NextPackageTag();
            decimal harvested = plan.Weights.Sum();
            decimal held = Math.Max(0.01m, decimal.Round(harvested * plan.PackagePercent / 100m, 2));

            if (!await StepAsync(MetrcWriteOperations.PlantBatches.CreatePlantings, _m is Mutation.BatchOverCap or Mutation.FutureDate,
                [
                    new CreatePlantingsRequest
                    {
                        Name = batch, Type = "Clone", Count = _m == Mutation.BatchOverCap ? 101 : plan.Plants + ExtraPlants, Strain = "Blue Dream", Location = "Veg Room",
                        ActualDate = _m == Mutation.FutureDate ? Today.PlusDays(2) : Today,
                    },
                ])
                || !await StepAsync(MetrcWriteOperations.PlantBatches.ChangeGrowthPhase, false,
                [
                    new ChangePlantBatchGrowthPhaseRequest
                    {
                        Name = batch, Count = plan.Plants, StartingTag = plants[0], GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = Today,
                    },
                ]))
            {
                return;
            }

            if (!await BatchCareAsync(batch))
            {
                return;
            }

            if (_m != Mutation.HarvestWithoutFlowering && !await StepAsync(MetrcWriteOperations.Plants.ChangeGrowthPhase, false,
                [.. plants.Select(p => new ChangePlantGrowthPhaseRequest { Label = p, GrowthPhase = "Flowering", NewLocation = "Flower Room", GrowthDate = Today })]))
            {
                return;
            }

            if (_m == Mutation.PhaseGoesBack && !await StepAsync(MetrcWriteOperations.Plants.ChangeGrowthPhase, true,
                [new ChangePlantGrowthPhaseRequest { Label = plants[0], GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = Today }]))
            {
                return;
            }

            if (!await StepAsync(MetrcWriteOperations.Plants.Harvest, _m is Mutation.HarvestWithoutFlowering or Mutation.ZeroHarvestWeight or Mutation.VolumeUnitForHarvest,
                [
                    .. plants.Select((p, i) => new HarvestPlantRequest
                    {
                        Plant = p, Weight = _m == Mutation.ZeroHarvestWeight && i == 0 ? 0 : plan.Weights[i], UnitOfWeight = _m == Mutation.VolumeUnitForHarvest ? "Liters" : "Grams",
                        DryingLocation = "Dry Room", HarvestName = harvest, ActualDate = Today,
                    }),
                ]))
            {
                return;
            }

            if (!await StepAsync(MetrcWriteOperations.Harvests.ChangeLocation, _m == Mutation.HarvestMovedToUnknownLocation,
                [
                    new ChangeHarvestLocationRequest
                    {
                        HarvestName = harvest, DryingLocation = _m == Mutation.HarvestMovedToUnknownLocation ? "Attic" : "Vault", ActualDate = HourAgo,
                    },
                ]))
            {
                return;
            }

            string tag = _m switch
            {
                Mutation.ReusedTag => test._facility.SeededPackages[0],
                Mutation.BadTagFormat => packageTag.ToLowerInvariant(),
                Mutation.PlantTagOnPackage => test.NextPlantTag(),
                _ => packageTag,
            };
            CreateHarvestPackageRequest package = new()
            {
                Tag = tag,
                Location = "Vault",
                Item = _m == Mutation.CountItemFromHarvest ? "Pre-Roll 1g" : "Buds",
                UnitOfWeight = "Grams",
                ActualDate = Today,
                Ingredients = [new HarvestIngredient { HarvestName = harvest, Weight = held, UnitOfWeight = "Grams" }],
            };
            if (!await StepAsync(MetrcWriteOperations.Harvests.CreatePackages,
                _m is Mutation.ReusedTag or Mutation.BadTagFormat or Mutation.PlantTagOnPackage or Mutation.DuplicateTagInRequest or Mutation.CountItemFromHarvest,
                _m == Mutation.DuplicateTagInRequest ? [package, package] : [package]))
            {
                return;
            }

            bool finishAtEnd = _m is Mutation.SaleOfFinishedPackage or Mutation.TransferOfFinishedPackage;
            if (plan.FinishAndUnfinish && !finishAtEnd
                && (!await StepAsync(MetrcWriteOperations.Packages.Finish, false, [new FinishPackageRequest { Label = packageTag, ActualDate = Today }])
                    || !await StepAsync(MetrcWriteOperations.Packages.Unfinish, false, [new UnfinishPackageRequest { Label = packageTag }])))
            {
                return;
            }

            if ((plan.Housekeeping || _m is Mutation.MoveToUnknownLocation or Mutation.UnflagWhatIsNotFlagged or Mutation.ChangeToItemMeasuredDifferently)
                && !await HousekeepingAsync(packageTag))
            {
                return;
            }

            if ((plan.LabTest || _m is Mutation.LabTestOfUnknownPackage or Mutation.SaleAfterFailedLabTest or Mutation.TransferAfterFailedLabTest)
                && !await StepAsync(MetrcWriteOperations.LabTests.RecordResults, _m == Mutation.LabTestOfUnknownPackage,
                    [LabTest(_m == Mutation.LabTestOfUnknownPackage ? test.NextPackageTag() : packageTag, passed: _m is not (Mutation.SaleAfterFailedLabTest or Mutation.TransferAfterFailedLabTest))]))
            {
                return;
            }

            if ((plan.SplitPercent > 0 || _m is Mutation.SplitMoreThanHeld or Mutation.SplitNotConserved) && held >= 1)
            {
                decimal split = decimal.Round(held * Math.Max(plan.SplitPercent, 10) / 100m, 2);
                decimal taken = _m == Mutation.SplitMoreThanHeld ? held + 1 : split;
                if (!await StepAsync(MetrcWriteOperations.Packages.Create, _m is Mutation.SplitMoreThanHeld or Mutation.SplitNotConserved,
                    [
                        new CreatePackageRequest
                        {
                            Tag = test.NextPackageTag(), Item = "Buds", Quantity = _m == Mutation.SplitNotConserved ? split * 2 : split, UnitOfMeasure = "Grams", Location = "Vault",
                            ActualDate = Today, Ingredients = [new PackageIngredient { Package = packageTag, Quantity = taken, UnitOfMeasure = "Grams" }],
                        },
                    ]))
                {
                    return;
                }

                held -= split;
            }

            if ((plan.JobPercent > 0 || _m is Mutation.JobTakesMoreThanHeld or Mutation.JobOfUnknownType or Mutation.PackageFromFinishedJob) && held >= 1)
            {
                decimal input = decimal.Round(held * Math.Max(plan.JobPercent, 10) / 100m, 2);
                if (!await ProcessingJobAsync(run, packageTag, input))
                {
                    return;
                }

                held -= input;
            }

            if (finishAtEnd && !await StepAsync(MetrcWriteOperations.Packages.Finish, false, [new FinishPackageRequest { Label = packageTag, ActualDate = Today }]))
            {
                return;
            }

            bool transfer = _m is Mutation.TransferOfFinishedPackage or Mutation.TransferAfterFailedLabTest || (plan.Transfer && _m is not (Mutation.SaleOfFinishedPackage or Mutation.SaleAfterFailedLabTest or Mutation.FutureSale or Mutation.ZeroSaleQuantity or Mutation.UnknownSaleUnit or Mutation.ReceiptFinalizedTwice));
            if (transfer)
            {
                await StepAsync(MetrcWriteOperations.Transfers.CreateOutgoing, _m is Mutation.TransferOfFinishedPackage or Mutation.TransferAfterFailedLabTest, [Transfer(run, packageTag)]);
                return;
            }

            decimal sold = Math.Max(0.01m, decimal.Round(held * plan.SalePercent / 100m, 2));
            MetrcBatchResult<CreateSalesReceiptRequest>? receipt = await SendAsync(MetrcWriteOperations.Sales.CreateReceipts, _m is Mutation.SaleOfFinishedPackage or Mutation.SaleAfterFailedLabTest or Mutation.FutureSale or Mutation.ZeroSaleQuantity or Mutation.UnknownSaleUnit,
            [
                new CreateSalesReceiptRequest
                {
                    SalesDateTime = Instant.FromDateTimeOffset(Start).Plus(_m == Mutation.FutureSale ? Duration.FromDays(1) : Duration.FromHours(-1)).WithOffset(Offset.FromHours(-6)),
                    SalesCustomerType = "Consumer",
                    ExternalReceiptNumber = $"R-{run}",
                    Transactions =
                    [
                        new CreateSalesTransaction
                        {
                            PackageLabel = packageTag, Quantity = _m == Mutation.ZeroSaleQuantity ? 0 : sold, UnitOfMeasure = _m == Mutation.UnknownSaleUnit ? "Bushels" : "Grams", TotalAmount = 10,
                        },
                    ],
                },
            ]);
            if (receipt is { Ids.Count: > 0 })
            {
                SalesReceiptIdRequest[] final = [new SalesReceiptIdRequest { Id = receipt.Ids[0] }];
                _ = await StepAsync(MetrcWriteOperations.Sales.FinalizeReceipts, false, final)
                    && (_m == Mutation.ReceiptFinalizedTwice
                        ? await StepAsync(MetrcWriteOperations.Sales.FinalizeReceipts, true, final)
                        : await StepAsync(MetrcWriteOperations.Sales.UnfinalizeReceipts, false, final));
            }
        }

        /// <summary>Waste of the batch's untracked plants and a split of one of them into a new batch.</summary>
        private async Task<bool> BatchCareAsync(string batch) =>
            await StepAsync(MetrcWriteOperations.PlantBatches.RecordWaste, _m == Mutation.BatchWasteByUnknownMethod,
                [
                    new RecordPlantBatchWasteRequest
                    {
                        PlantBatchName = batch, WasteMethodName = _m == Mutation.BatchWasteByUnknownMethod ? "Shredder" : "Grinder", ReasonName = "Pruning",
                        WasteWeight = 1.5m, UnitOfMeasureName = "Grams", WasteDate = Today,
                    },
                ])
            && await StepAsync(MetrcWriteOperations.PlantBatches.Split, _m == Mutation.BatchSplitOfMorePlantsThanLeft,
                [
                    new SplitPlantBatchRequest
                    {
                        PlantBatch = batch, GroupName = batch + "-S", Count = _m == Mutation.BatchSplitOfMorePlantsThanLeft ? ExtraPlants + 1 : 1,
                        Location = "Veg Room", Strain = "Blue Dream", ActualDate = HourAgo,
                    },
                ]);

        /// <summary>Moves the package, flags and unflags it as a donation, and changes its item to another weighed one.</summary>
        private async Task<bool> HousekeepingAsync(string packageTag) =>
            await StepAsync(MetrcWriteOperations.Packages.ChangeLocations, _m == Mutation.MoveToUnknownLocation,
                [new ChangePackageLocationRequest { Label = packageTag, Location = _m == Mutation.MoveToUnknownLocation ? "Moon Room" : "Vault", MoveDate = Today }])
            && (_m == Mutation.UnflagWhatIsNotFlagged || await StepAsync(MetrcWriteOperations.Packages.FlagDonations, false, [new PackageLabelRequest { Label = packageTag }]))
            && await StepAsync(MetrcWriteOperations.Packages.UnflagDonations, _m == Mutation.UnflagWhatIsNotFlagged, [new PackageLabelRequest { Label = packageTag }])
            && await StepAsync(MetrcWriteOperations.Packages.ChangeItems, _m == Mutation.ChangeToItemMeasuredDifferently,
                [new ChangePackageItemRequest { Label = packageTag, Item = _m == Mutation.ChangeToItemMeasuredDifferently ? "Pre-Roll 1g" : "Shake" }]);

        /// <summary>A job type, a job taking <paramref name="input"/> grams of the package, a package made by it, and its finish.</summary>
        private async Task<bool> ProcessingJobAsync(int run, string packageTag, decimal input)
        {
            string jobType = $"Extraction {run}";
            string job = $"JOB-{run}";
            if (!await StepAsync(MetrcWriteOperations.ProcessingJobs.CreateJobTypes, false,
                [new CreateProcessingJobTypeRequest { Name = jobType, Description = "Hydrocarbon extraction", Category = "Extraction", ProcessingSteps = "Extract, purge", Attributes = [] }]))
            {
                return false;
            }

            MetrcBatchResult<StartProcessingJobRequest>? started = await SendAsync(MetrcWriteOperations.ProcessingJobs.Start, _m is Mutation.JobTakesMoreThanHeld or Mutation.JobOfUnknownType,
            [
                new StartProcessingJobRequest
                {
                    JobName = job, JobType = _m == Mutation.JobOfUnknownType ? "No Such Job Type" : jobType, WeightUnitOfMeasure = "Grams",
                    StartDate = Instant.FromDateTimeOffset(Start).Minus(Duration.FromHours(1)).WithOffset(Offset.FromHours(-6)),
                    Packages = [new ProcessingJobPackageRequest { Label = packageTag, Quantity = _m == Mutation.JobTakesMoreThanHeld ? input * 1000 + 1 : input, UnitOfMeasure = "Grams" }],
                },
            ]);
            if (started is null)
            {
                return false;
            }

            CreateProcessingJobPackageRequest output = new()
            {
                JobName = job,
                Tag = test.NextPackageTag(),
                Item = "Live Resin",
                Quantity = decimal.Round(input / 10, 2) + 0.01m,
                UnitOfMeasure = "Grams",
                Location = "Vault",
                PackageDate = Today,
            };
            FinishProcessingJobRequest finish = new()
            {
                Id = started.Ids.Count > 0 ? started.Ids[0] : null,
                FinishDate = Instant.FromDateTimeOffset(Start).WithOffset(Offset.FromHours(-6)),
                FinishNote = "Done",
                TotalWeightWaste = 0,
                WasteWeightUnitOfMeasureName = "Grams",
            };
            if (_m == Mutation.PackageFromFinishedJob)
            {
                return await StepAsync(MetrcWriteOperations.ProcessingJobs.Finish, false, [finish])
                    && await StepAsync(MetrcWriteOperations.ProcessingJobs.CreatePackages, true, [output]);
            }

            return await StepAsync(MetrcWriteOperations.ProcessingJobs.CreatePackages, false, [output])
                && await StepAsync(MetrcWriteOperations.ProcessingJobs.Finish, false, [finish]);
        }

        private static RecordLabTestResultRequest LabTest(string label, bool passed) => new()
        {
            Label = label,
            ResultDate = Instant.FromDateTimeOffset(Start).Minus(Duration.FromHours(1)).WithOffset(Offset.FromHours(-6)),
            Results =
            [
                new LabTestResultRequest { LabTestTypeName = "THC", Quantity = 20.5m, Passed = true },
                new LabTestResultRequest { LabTestTypeName = "Total Contaminant Load", Quantity = passed ? 0 : 5, Passed = passed },
            ],
        };

        private CreateOutgoingTransferRequest Transfer(int run, string packageTag)
        {
            OffsetDateTime departure = Instant.FromDateTimeOffset(Start).Plus(Duration.FromHours(1)).WithOffset(Offset.FromHours(-6));
            return new CreateOutgoingTransferRequest
            {
                Name = $"T-{run}",
                TransporterFacilityLicenseNumber = test._facility.LicenseNumber,
                DriverName = "Dana Driver",
                DriverOccupationalLicenseNumber = "OL-1234",
                DriverLicenseNumber = "DL-5678",
                PhoneNumberForQuestions = "555-0100",
                VehicleMake = "Ford",
                VehicleModel = "Transit",
                VehicleLicensePlateNumber = "ABC123",
                Destinations =
                [
                    new TransferDestinationRequest
                    {
                        RecipientLicenseNumber = test._recipient.LicenseNumber,
                        TransferTypeName = "Wholesale",
                        PlannedRoute = "I-25 north",
                        EstimatedDepartureDateTime = departure,
                        EstimatedArrivalDateTime = departure.Plus(Duration.FromHours(2)),
                        Packages = [new TransferPackageRequest { PackageLabel = packageTag, WholesalePrice = 100 }],
                    },
                ],
            };
        }

        /// <summary>Judges one step on both sides; false when it was rejected (which ends the lifecycle).</summary>
        private async Task<bool> StepAsync<T>(MetrcWriteOperation<T> operation, bool mutated, IReadOnlyList<T> rows) =>
            await SendAsync(operation, mutated, rows) is not null;

        /// <summary>Judges one step on both sides; the emulator's answer when accepted, null when rejected.</summary>
        private async Task<MetrcBatchResult<T>?> SendAsync<T>(MetrcWriteOperation<T> operation, bool mutated, IReadOnlyList<T> rows)
        {
            MetrcValidationResult client = test._validator.Validate(operation, rows, test.Context());
            MetrcBatchResult<T> result = await test._client.Batches.WriteAsync(operation, test._facility.LicenseNumber, rows);
            string what = $"{plan} step {operation.Name}: client {(client.IsValid ? "accepted" : "rejected: " + string.Join("; ", client.Issues))}, " +
                $"emulator {(result.IsSuccess ? "accepted" : "rejected: " + result.Error?.Message)}";
            Assert.True(client.IsValid == result.IsSuccess, "The two sides disagree. " + what);
            Assert.True(client.IsValid != mutated, (mutated ? "A mutation was not caught. " : "A valid step was rejected. ") + what);
            Caught |= mutated;
            return result.IsSuccess ? result : null;
        }
    }
}
