// Quickstart: the SDK against the bundled Metrc emulator on 127.0.0.1 (no keys, no network).
//   dotnet run --project samples/Quickstart
using Metrc.Sdk;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// 1. A local Metrc with one seeded Colorado facility, its keys and its tags.
await using MetrcEmulator emulator = await MetrcEmulator.StartAsync();
EmulatedFacility facility = emulator.Facilities[0];
Console.WriteLine($"Metrc emulator at {emulator.GetBaseAddress(MetrcState.Co)}");

// 2. The SDK, registered the way an app registers it, pointed at the emulator.
var services = new ServiceCollection();
services.AddMetrcClient(o =>
{
    o.DefaultState = MetrcState.Co;
    o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.GetBaseAddress(MetrcState.Co) };
    o.VendorKey = emulator.VendorKey;
    o.UserKey = facility.UserKey;
});
await using ServiceProvider provider = services.BuildServiceProvider();
IMetrcClient metrc = provider.GetRequiredService<IMetrcClient>();
string license = facility.LicenseNumber;
LocalDate today = LocalDate.FromDateTime(DateTime.UtcNow);

// 3. Who am I allowed to act for?
foreach (Facility f in await metrc.Facilities.ListAsync())
{
    Console.WriteLine($"Facility: {f.Name} ({f.License?.Number})");
}

// 4. Plant 31 clones, then tag 30 of them into the vegetative phase with consecutive tags.
const int Plants = 30;
await metrc.PlantBatches.CreatePlantingsAsync(license,
[
    new CreatePlantingsRequest { Name = "Quickstart Batch", Type = "Clone", Count = Plants + 1, Strain = "Blue Dream", Location = "Veg Room", ActualDate = today },
]);
await metrc.PlantBatches.ChangeGrowthPhaseAsync(license,
[
    new ChangePlantBatchGrowthPhaseRequest
    {
        Name = "Quickstart Batch", Count = Plants, StartingTag = facility.PlantTags[0],
        GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = today,
    },
]);
Console.WriteLine($"Planted {Plants} clones and tagged them from {facility.PlantTags[0]}.");

// 5. List them: pages of 20 are fetched as the loop needs them.
int pages = 0, plants = 0;
await foreach (MetrcPage<Plant> page in metrc.Plants.ListVegetativeAsync(license).AsPages())
{
    pages++;
    plants += page.Items.Count;
}

Console.WriteLine($"Vegetative plants: {plants} (read in {pages} pages).");

// 6. Metrc rejects what it would reject (here: a tag that is already used), and the SDK says which row and why.
try
{
    await metrc.PlantBatches.ChangeGrowthPhaseAsync(license,
    [
        new ChangePlantBatchGrowthPhaseRequest
        {
            Name = "Quickstart Batch", Count = 1, StartingTag = facility.PlantTags[0],
            GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = today,
        },
    ]);
}
catch (MetrcRowsException ex) // every row rejection: the SDK's validators, Metrc rejecting all rows or some of them
{
    foreach (MetrcRowError error in ex.RowErrors)
    {
        Console.WriteLine($"Rejected as expected: {error}");
    }
}

// 7. Inventory.
await foreach (Package package in metrc.Packages.ListActiveAsync(license))
{
    Console.WriteLine($"Package {package.Label}: {package.Quantity} {package.UnitOfMeasureName} of {package.Item?.Name}");
}

Console.WriteLine("Quickstart finished.");
