// Quickstart: the SDK against the bundled Metrc emulator on 127.0.0.1 (no keys, no network).
//   dotnet run --project samples/Quickstart                      seed to sale on the emulator, step by step
//   dotnet run --project samples/Quickstart -- --state co --license LIC-0001 [--environment Production]
//                                                              read-only tour of a real facility (keys: METRC_VENDOR_KEY, METRC_USER_KEY)
using System.CommandLine;
using Metrc.Sdk;
using Metrc.Sdk.Models;
using Metrc.Sdk.Samples;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var target = new MetrcTargetOptions();
var plantCount = SampleCli.Positive("--plants", "How many clones to plant, grow and harvest (emulator only).", 30);
var command = new RootCommand(
    "The Metrc.Sdk quickstart: register the client, then walk seed to sale on the emulator (plant batch, vegetative, flowering, " +
    "harvest, package, lab test, sale), and see a step taken out of order rejected by the SDK's validator and by Metrc.")
{
    plantCount,
};
target.AddTo(command);
command.SetAction((parse, cancellationToken) => RunAsync(parse, target, parse.GetValue(plantCount), cancellationToken));
return await SampleCli.RunAsync(command, args);

static async Task<int> RunAsync(ParseResult parse, MetrcTargetOptions targetOptions, int plantCount, CancellationToken cancellationToken)
{
    // A local Metrc with seeded Colorado facilities, their keys and tags (or a real state with --state).
    await using MetrcTarget target = await targetOptions.ResolveAsync(parse, cancellationToken: cancellationToken);
    Console.WriteLine($"Calling {target}");

    // The SDK, registered the way an app registers it. The snapshot loader gives the validator the facility's plants,
    // packages and tags, so it catches lifecycle mistakes (a harvest before flowering) before a request is sent.
    var services = new ServiceCollection();
    services.AddMetrcClient(o =>
    {
        o.DefaultState = target.State;
        target.Configure(o);
        o.VendorKey = target.Credentials.VendorKey;
        o.UserKey = target.Credentials.UserKey;
    });
    services.AddSingleton<IMetrcLifecycleSnapshotProvider>(sp => new MetrcLifecycleSnapshotLoader(sp.GetRequiredService<IMetrcClientFactory>()));
    await using ServiceProvider provider = services.BuildServiceProvider();
    IMetrcClient metrc = provider.GetRequiredService<IMetrcClient>();
    string license = target.License;

    // Business dates are the facility's dates (America/Denver here), never the UTC date: at 18:00 in Denver it is
    // already tomorrow in UTC, and Metrc rejects tomorrow as a date in the future.
    LocalDate today = metrc.Clock.GetToday(license);
    Console.WriteLine($"Today at the facility: {today:yyyy-MM-dd} ({metrc.Clock.GetTimeZone(license).Id})");

    foreach (Facility f in await metrc.Facilities.ListAsync(cancellationToken: cancellationToken))
    {
        Console.WriteLine($"Facility: {f.Name} ({f.License?.Number})");
    }

    if (target.Facility is not { } facility)
    {
        return await ReadOnlyTourAsync(metrc, license, cancellationToken);
    }

    var walk = new SeedToSale(metrc, license, today, cancellationToken);
    return await walk.RunAsync(facility.PlantTags.Take(plantCount).ToList(), facility.PackageTags[0]);
}

// A real facility: read, never write.
static async Task<int> ReadOnlyTourAsync(IMetrcClient metrc, string license, CancellationToken cancellationToken)
{
    int pages = 0, plants = 0;
    await foreach (MetrcPage<Plant> page in metrc.Plants.ListVegetativeAsync(license, cancellationToken: cancellationToken).AsPages())
    {
        pages++;
        plants += page.Items.Count;
    }

    Console.WriteLine($"Vegetative plants: {plants} (read in {pages} pages).");
    await foreach (Package package in metrc.Packages.ListActiveAsync(license, cancellationToken: cancellationToken))
    {
        Console.WriteLine($"Package {package.Label}: {package.Quantity} {package.UnitOfMeasureName} of {package.Item?.Name}");
    }

    Console.WriteLine("Quickstart finished (read-only).");
    return 0;
}

/// <summary>Seed to sale on the emulator: every step is one SDK call, printed as it goes.</summary>
internal sealed class SeedToSale(IMetrcClient metrc, string license, LocalDate today, CancellationToken cancellationToken)
{
    private const string Batch = "Quickstart Batch";
    private const string HarvestName = "Quickstart Harvest";
    private const decimal GramsPerPlant = 250;
    private int _step;

    public async Task<int> RunAsync(IReadOnlyList<string> plantTags, string packageTag)
    {
        await StepAsync($"Plant batch: {plantTags.Count + 1} clones of Blue Dream in the Veg Room",
            () => metrc.PlantBatches.CreatePlantingsAsync(license,
            [
                new CreatePlantingsRequest { Name = Batch, Type = "Clone", Count = plantTags.Count + 1, Strain = "Blue Dream", Location = "Veg Room", ActualDate = today },
            ], cancellationToken: cancellationToken));

        await StepAsync($"Vegetative: {plantTags.Count} plants tagged from {plantTags[0]}",
            () => metrc.PlantBatches.ChangeGrowthPhaseAsync(license,
            [
                new ChangePlantBatchGrowthPhaseRequest
                {
                    Name = Batch, Count = plantTags.Count, StartingTag = plantTags[0], GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = today,
                },
            ], cancellationToken: cancellationToken));

        // Out of order on purpose: a vegetative plant cannot be harvested. The SDK's validator stops it before sending;
        // sent anyway (validation off for this call), Metrc rejects it the same way: same row, same rule.
        HarvestPlantRequest[] early = [Harvest(plantTags[0])];
        if (!await RejectedTwiceAsync("Harvest before flowering", options => metrc.Plants.HarvestAsync(license, early, options, cancellationToken)))
        {
            return 1;
        }

        await StepAsync($"Flowering: {plantTags.Count} plants moved to the Flower Room",
            () => metrc.Plants.ChangeGrowthPhaseAsync(license,
                plantTags.Select(tag => new ChangePlantGrowthPhaseRequest { Label = tag, GrowthPhase = "Flowering", NewLocation = "Flower Room", GrowthDate = today }),
                cancellationToken: cancellationToken));

        await StepAsync($"Harvest: {plantTags.Count} plants x {GramsPerPlant} g wet into '{HarvestName}'",
            () => metrc.Plants.HarvestAsync(license, plantTags.Select(Harvest), cancellationToken: cancellationToken));

        const decimal packaged = 1000;
        await StepAsync($"Package: {packaged} g of Buds from the harvest as {packageTag}",
            () => metrc.Harvests.CreatePackagesAsync(license,
            [
                new CreateHarvestPackageRequest
                {
                    Tag = packageTag, Item = "Buds", Location = "Vault", UnitOfWeight = "Grams", ActualDate = today,
                    Ingredients = [new HarvestIngredient { HarvestName = HarvestName, Weight = packaged, UnitOfWeight = "Grams" }],
                },
            ], cancellationToken: cancellationToken));

        OffsetDateTime now = metrc.Clock.GetLocalNow(license).ToOffsetDateTime();
        await StepAsync($"Lab test: potency and contaminants recorded for {packageTag}, passed",
            () => metrc.LabTests.RecordResultsAsync(license,
            [
                new RecordLabTestResultRequest
                {
                    Label = packageTag, ResultDate = now,
                    Results =
                    [
                        new LabTestResultRequest { LabTestTypeName = "THC", Quantity = 21.4m, Passed = true },
                        new LabTestResultRequest { LabTestTypeName = "Total Contaminant Load", Quantity = 0, Passed = true },
                    ],
                },
            ], cancellationToken: cancellationToken));

        await StepAsync($"Sale: 3.5 g of {packageTag} to a consumer (receipt QS-1)",
            () => metrc.Sales.CreateReceiptsAsync(license,
            [
                new CreateSalesReceiptRequest
                {
                    SalesDateTime = now, SalesCustomerType = "Consumer", ExternalReceiptNumber = "QS-1",
                    Transactions = [new CreateSalesTransaction { PackageLabel = packageTag, Quantity = 3.5m, UnitOfMeasure = "Grams", TotalAmount = 35 }],
                },
            ], cancellationToken: cancellationToken));

        Package package = await metrc.Packages.GetByLabelAsync(license, packageTag, cancellationToken: cancellationToken);
        Console.WriteLine($"Package {package.Label}: {package.Quantity} {package.UnitOfMeasureName} of {package.Item?.Name} left, lab testing {package.LabTestingState}.");
        Console.WriteLine("Quickstart finished: seed to sale.");
        return 0;
    }

    private HarvestPlantRequest Harvest(string tag) => new()
    {
        Plant = tag,
        Weight = GramsPerPlant,
        UnitOfWeight = "Grams",
        DryingLocation = "Dry Room",
        HarvestName = HarvestName,
        ActualDate = today,
    };

    private async Task StepAsync(string what, Func<Task<MetrcWriteResult>> write)
    {
        await write();
        Console.WriteLine($"{++_step}. {what}: accepted.");
    }

    /// <summary>Sends a step that must fail: once through the validator, once with validation off; both must name the same row and rule.</summary>
    private async Task<bool> RejectedTwiceAsync(string what, Func<MetrcRequestOptions?, Task<MetrcWriteResult>> write)
    {
        Console.WriteLine($"{++_step}. {what} (out of order on purpose):");
        MetrcRowError? client = await RejectionAsync(write, null);
        MetrcRowError? server = await RejectionAsync(write, new MetrcRequestOptions { ValidationMode = MetrcValidationMode.Disabled });
        Console.WriteLine($"   the SDK's validator, before sending: {client?.ToString() ?? "accepted"} [{client?.Code}]");
        Console.WriteLine($"   Metrc (the emulator), when sent:     {server?.ToString() ?? "accepted"} [{server?.Code}]");
        if (client is null || server is null || client.Row != server.Row || client.Code != server.Code)
        {
            Console.Error.WriteLine($"Expected the validator and Metrc to reject '{what}' with the same row and rule.");
            return false;
        }

        return true;
    }

    private static async Task<MetrcRowError?> RejectionAsync(Func<MetrcRequestOptions?, Task<MetrcWriteResult>> write, MetrcRequestOptions? options)
    {
        try
        {
            await write(options);
            return null;
        }
        catch (MetrcRowsException ex) // every row rejection: the SDK's validators, Metrc rejecting all rows or some of them
        {
            return ex.RowErrors[0];
        }
    }
}
