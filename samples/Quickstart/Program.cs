// Quickstart: the SDK against the bundled Metrc emulator on 127.0.0.1 (no keys, no network).
//   dotnet run --project samples/Quickstart                      the whole tour on the emulator
//   dotnet run --project samples/Quickstart -- --state co --license LIC-0001 [--environment Production]
//                                                              read-only tour of a real facility (keys: METRC_VENDOR_KEY, METRC_USER_KEY)
using System.CommandLine;
using Metrc.Sdk;
using Metrc.Sdk.Models;
using Metrc.Sdk.Samples;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var target = new MetrcTargetOptions();
var plantCount = SampleCli.Positive("--plants", "How many clones to plant and tag (emulator only).", 30);
var command = new RootCommand("The Metrc.Sdk quickstart: register the client, plant and tag clones, page through plants, see a rejected row, list packages.")
{
    plantCount,
};
target.AddTo(command);
command.SetAction((parse, cancellationToken) => RunAsync(parse, target, parse.GetValue(plantCount), cancellationToken));
return await SampleCli.RunAsync(command, args);

static async Task<int> RunAsync(ParseResult parse, MetrcTargetOptions targetOptions, int plantCount, CancellationToken cancellationToken)
{
    // 1. A local Metrc with seeded Colorado facilities, their keys and tags (or a real state with --state).
    await using MetrcTarget target = await targetOptions.ResolveAsync(parse, cancellationToken: cancellationToken);
    Console.WriteLine($"Calling {target}");

    // 2. The SDK, registered the way an app registers it.
    var services = new ServiceCollection();
    services.AddMetrcClient(o =>
    {
        o.DefaultState = target.State;
        target.Configure(o);
        o.VendorKey = target.Credentials.VendorKey;
        o.UserKey = target.Credentials.UserKey;
    });
    await using ServiceProvider provider = services.BuildServiceProvider();
    IMetrcClient metrc = provider.GetRequiredService<IMetrcClient>();
    string license = target.License;

    // Business dates are the facility's dates (America/Denver here), never the UTC date: at 18:00 in Denver it is
    // already tomorrow in UTC, and Metrc rejects tomorrow as a date in the future.
    LocalDate today = metrc.Clock.GetToday(license);
    Console.WriteLine($"Today at the facility: {today:yyyy-MM-dd} ({metrc.Clock.GetTimeZone(license).Id})");

    // 3. Who am I allowed to act for?
    foreach (Facility f in await metrc.Facilities.ListAsync(cancellationToken: cancellationToken))
    {
        Console.WriteLine($"Facility: {f.Name} ({f.License?.Number})");
    }

    if (target.Facility is { } facility)
    {
        // 4. Plant clones, then tag all but one of them into the vegetative phase with consecutive tags.
        await metrc.PlantBatches.CreatePlantingsAsync(license,
        [
            new CreatePlantingsRequest { Name = "Quickstart Batch", Type = "Clone", Count = plantCount + 1, Strain = "Blue Dream", Location = "Veg Room", ActualDate = today },
        ], cancellationToken: cancellationToken);
        await metrc.PlantBatches.ChangeGrowthPhaseAsync(license,
        [
            new ChangePlantBatchGrowthPhaseRequest
            {
                Name = "Quickstart Batch", Count = plantCount, StartingTag = facility.PlantTags[0],
                GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = today,
            },
        ], cancellationToken: cancellationToken);
        Console.WriteLine($"Planted {plantCount} clones and tagged them from {facility.PlantTags[0]}.");
    }

    // 5. List them: pages of 20 are fetched as the loop needs them.
    int pages = 0, plants = 0;
    await foreach (MetrcPage<Plant> page in metrc.Plants.ListVegetativeAsync(license, cancellationToken: cancellationToken).AsPages())
    {
        pages++;
        plants += page.Items.Count;
    }

    Console.WriteLine($"Vegetative plants: {plants} (read in {pages} pages).");

    if (target.Facility is { } seeded)
    {
        // 6. Metrc rejects what it would reject (here: a tag that is already used), and the SDK says which row and why.
        try
        {
            await metrc.PlantBatches.ChangeGrowthPhaseAsync(license,
            [
                new ChangePlantBatchGrowthPhaseRequest
                {
                    Name = "Quickstart Batch", Count = 1, StartingTag = seeded.PlantTags[0],
                    GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = today,
                },
            ], cancellationToken: cancellationToken);
            Console.Error.WriteLine("The reused tag was accepted; expected a rejection.");
            return 1;
        }
        catch (MetrcRowsException ex) // every row rejection: the SDK's validators, Metrc rejecting all rows or some of them
        {
            foreach (MetrcRowError error in ex.RowErrors)
            {
                Console.WriteLine($"Rejected as expected: {error}");
            }
        }
    }

    // 7. Inventory.
    await foreach (Package package in metrc.Packages.ListActiveAsync(license, cancellationToken: cancellationToken))
    {
        Console.WriteLine($"Package {package.Label}: {package.Quantity} {package.UnitOfMeasureName} of {package.Item?.Name}");
    }

    Console.WriteLine("Quickstart finished.");
    return 0;
}
