using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>The emulator rejects unknown locations and strains with their own rule codes, and accepts known ones.</summary>
public sealed class PlaceRuleTests
{
    [Fact]
    public async Task Known_places_are_accepted_and_unknown_ones_rejected_with_their_code()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await h.PlantAsync("B-1", 2);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.PlantBatches.CreatePlantingsAsync(h.License, [Planting("B-2") with { Location = "Moon Room" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.StrainNotFound, () => h.Client.PlantBatches.CreatePlantingsAsync(h.License, [Planting("B-3") with { Strain = "Purple Haze" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.LocationNotFound, () => h.Client.PlantBatches.ChangeGrowthPhaseAsync(h.License,
        [
            new ChangePlantBatchGrowthPhaseRequest
            {
                Name = "B-1", Count = 1, StartingTag = h.Facility.PlantTags[0], GrowthPhase = "Vegetative", NewLocation = "Moon Room", GrowthDate = EmulatorHarness.Today,
            },
        ]));

        Assert.Equal(2, h.Emulator.GetSnapshot(MetrcState.Co, h.License).PlantBatches["B-1"]);
        Assert.False(h.Emulator.GetSnapshot(MetrcState.Co, h.License).PlantBatches.ContainsKey("B-2"));
    }

    [Fact]
    public async Task The_lifecycle_snapshot_lists_the_facility_places()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();

        MetrcLifecycleSnapshot snapshot = h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License);

        Assert.Contains("Veg Room", snapshot.Locations!);
        Assert.Contains("veg room", snapshot.Locations!);
        Assert.Contains("Blue Dream", snapshot.Strains!);
        Assert.Equal(h.License, snapshot.LicenseNumber);
        Assert.Contains(h.Facility.PackageTags[0], snapshot.Tags!.Keys);
        Assert.Throws<ArgumentException>(() => h.Emulator.GetLifecycleSnapshot(MetrcState.Co, "CO-LIC-9999"));
    }

    private static CreatePlantingsRequest Planting(string name) => new()
    {
        Name = name,
        Type = "Clone",
        Count = 1,
        Strain = "Blue Dream",
        Location = "Veg Room",
        ActualDate = EmulatorHarness.Today,
    };
}
