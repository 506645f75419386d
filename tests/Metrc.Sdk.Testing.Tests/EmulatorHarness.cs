using System.Net.Http.Headers;
using System.Text;
using Metrc.Sdk.Models;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>An emulator on a fake clock plus SDK clients for its facilities.</summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 15, 0, 0, TimeSpan.Zero);

    private readonly List<MetrcClientFactory> _factories = [];

    private EmulatorHarness(MetrcEmulator emulator, FakeTimeProvider clock)
    {
        Emulator = emulator;
        Clock = clock;
        Facility = emulator.Facilities[0];
        Client = ClientFor(Facility.UserKey);
    }

    /// <summary>The facility's date at <see cref="Start"/> (Colorado), as the SDK's clock gives it.</summary>
    public static LocalDate Today => new MetrcClock(MetrcState.Co, new FakeTimeProvider(Start)).GetToday();

    public MetrcEmulator Emulator { get; }

    public FakeTimeProvider Clock { get; }

    public EmulatedFacility Facility { get; }

    public string License => Facility.LicenseNumber;

    public IMetrcClient Client { get; }

    public static async Task<EmulatorHarness> StartAsync(Action<MetrcEmulatorOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(Start);
        var options = new MetrcEmulatorOptions { TimeProvider = clock, TagsPerFacility = 300 };
        options.RateLimits.Enabled = false;
        configure?.Invoke(options);
        return new EmulatorHarness(await MetrcEmulator.StartAsync(options), clock);
    }

    public IMetrcClient ClientFor(string userKey, string? vendorKey = null, MetrcState state = MetrcState.Co)
    {
        var factory = new MetrcClientFactory(o =>
        {
            foreach (MetrcState served in Emulator.Facilities.Select(f => f.State).Distinct())
            {
                o.States[served] = new MetrcStateOptions { BaseAddress = Emulator.GetBaseAddress(served) };
            }

            o.WebhooksBaseAddress = Emulator.WebhooksBaseAddress;
            o.MaxRetryAttempts = 0;

            // These tests check what the emulator answers on the wire, so rejected requests are not resubmitted.
            o.Batching.ResubmitValidRows = false;

            // They also send invalid rows on purpose to see the emulator reject them, so client-side validation is off.
            o.Validation.Mode = MetrcValidationMode.Disabled;
        });
        _factories.Add(factory);
        return factory.Create(state, new MetrcCredentials(vendorKey ?? Emulator.VendorKey, userKey));
    }

    /// <summary>A plain HttpClient on the Colorado base address with Basic auth, to look at the wire directly.</summary>
    public HttpClient Raw(string? userKey = null, string? vendorKey = null)
    {
        var http = new HttpClient { BaseAddress = Emulator.GetBaseAddress(MetrcState.Co) };
        string pair = $"{vendorKey ?? Emulator.VendorKey}:{userKey ?? Facility.UserKey}";
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        return http;
    }

    public Task<MetrcWriteResult> PlantAsync(string batch, int count = 10) =>
        Client.PlantBatches.CreatePlantingsAsync(License,
            [new CreatePlantingsRequest { Name = batch, Type = "Clone", Count = count, Strain = "Blue Dream", Location = "Veg Room", ActualDate = Today }]);

    /// <summary>Plants a batch and tags <paramref name="count"/> vegetative plants; returns their tags.</summary>
    public async Task<List<string>> VegetativePlantsAsync(string batch, int count, int firstTagIndex)
    {
        await PlantAsync(batch, count);
        await Client.PlantBatches.ChangeGrowthPhaseAsync(License,
        [
            new ChangePlantBatchGrowthPhaseRequest
            {
                Name = batch, Count = count, StartingTag = Facility.PlantTags[firstTagIndex], GrowthPhase = "Vegetative", NewLocation = "Veg Room", GrowthDate = Today,
            },
        ]);
        return Facility.PlantTags.Skip(firstTagIndex).Take(count).ToList();
    }

    public async Task<List<string>> FloweringPlantsAsync(string batch, int count, int firstTagIndex)
    {
        List<string> tags = await VegetativePlantsAsync(batch, count, firstTagIndex);
        await Client.Plants.ChangeGrowthPhaseAsync(License,
            tags.Select(t => new ChangePlantGrowthPhaseRequest { Label = t, GrowthPhase = "Flowering", NewLocation = "Flower Room", GrowthDate = Today }));
        return tags;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (MetrcClientFactory factory in _factories)
        {
            await factory.DisposeAsync();
        }

        await Emulator.DisposeAsync();
    }
}
