using Metrc.Sdk.Models;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>
/// The quickstart's writes at the two awkward hours of a Colorado day, with the emulator and the client (validation
/// on) on one fake clock: 23:30 (UTC is already tomorrow) and 00:30 (UTC is the same day, 07:30).
/// </summary>
public sealed class FacilityDayTests
{
    [Theory]
    [InlineData("2026-12-03T06:30:00Z", "2026-12-02")]
    [InlineData("2026-12-02T07:30:00Z", "2026-12-02")]
    public async Task Plant_and_tag_with_the_client_clock_date_succeed_at_any_facility_hour(string utc, string facilityDate)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        var emulatorOptions = new MetrcEmulatorOptions { TimeProvider = time, FacilitiesPerState = 1 };
        emulatorOptions.RateLimits.Enabled = false;
        await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(emulatorOptions);
        EmulatedFacility facility = emulator.Facilities[0];
        await using var factory = new MetrcClientFactory(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.GetBaseAddress(MetrcState.Co) }, timeProvider: time);
        IMetrcClient metrc = factory.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, facility.UserKey));

        LocalDate today = metrc.Clock.GetToday(facility.LicenseNumber);
        await metrc.PlantBatches.CreatePlantingsAsync(facility.LicenseNumber,
            [new CreatePlantingsRequest { Name = "Night Batch", Type = "Clone", Count = 3, Strain = "Blue Dream", Location = "Veg Room", ActualDate = today }]);
        await metrc.PlantBatches.ChangeGrowthPhaseAsync(facility.LicenseNumber,
        [
            new ChangePlantBatchGrowthPhaseRequest
            {
                Name = "Night Batch", Count = 2, StartingTag = facility.PlantTags[0], GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = today,
            },
        ]);

        Assert.Equal(facilityDate, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        int plants = 0;
        await foreach (Plant plant in metrc.Plants.ListVegetativeAsync(facility.LicenseNumber))
        {
            Assert.Equal(today, plant.PlantedDate);
            plants++;
        }

        Assert.Equal(2, plants);
    }

    [Fact]
    public async Task At_2330_in_Denver_the_utc_date_is_rejected_as_the_future_by_validator_and_emulator()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 6, 30, 0, TimeSpan.Zero));
        var emulatorOptions = new MetrcEmulatorOptions { TimeProvider = time, FacilitiesPerState = 1 };
        emulatorOptions.RateLimits.Enabled = false;
        await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(emulatorOptions);
        EmulatedFacility facility = emulator.Facilities[0];
        var utcDate = LocalDate.FromDateTime(time.GetUtcNow().UtcDateTime);
        CreatePlantingsRequest[] rows = [new CreatePlantingsRequest { Name = "UTC Batch", Type = "Clone", Count = 1, Strain = "Blue Dream", Location = "Veg Room", ActualDate = utcDate }];

        await using var validating = new MetrcClientFactory(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.GetBaseAddress(MetrcState.Co) }, timeProvider: time);
        MetrcValidationException client = await Assert.ThrowsAsync<MetrcValidationException>(() =>
            validating.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, facility.UserKey)).PlantBatches.CreatePlantingsAsync(facility.LicenseNumber, rows));
        await using var unvalidated = new MetrcClientFactory(
            o =>
            {
                o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.GetBaseAddress(MetrcState.Co) };
                o.Validation.Mode = MetrcValidationMode.Disabled;
                o.MaxRetryAttempts = 0;
            },
            timeProvider: time);
        MetrcValidationException server = await Assert.ThrowsAsync<MetrcValidationException>(() =>
            unvalidated.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, facility.UserKey)).PlantBatches.CreatePlantingsAsync(facility.LicenseNumber, rows));

        Assert.Contains(client.RowErrors, e => e.Message.Contains("future", StringComparison.Ordinal));
        Assert.Contains(server.RowErrors, e => e.Message.Contains("future", StringComparison.Ordinal));
    }
}
