using Metrc.Sdk.Sync;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Metrc.Sdk.Tests.Sync;

/// <summary>An emulator and a sync engine on one fake clock; SDK throttling off (the emulator's limits are off too).</summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 18, 0, 0, TimeSpan.Zero);

    private readonly MetrcClientFactory _factory;

    private SyncHarness(MetrcEmulator emulator, FakeTimeProvider clock, ISyncCheckpointStore store, MetrcSyncOptions options)
    {
        Emulator = emulator;
        Clock = clock;
        Store = store;
        _factory = new MetrcClientFactory(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.BaseAddress };
            o.Throttling.Enabled = false;
            o.MaxRetryAttempts = 0;
        });
        Client = _factory.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, emulator.Facilities[0].UserKey));
        Sync = new MetrcSync(store, options, clock);
    }

    public MetrcEmulator Emulator { get; }

    public FakeTimeProvider Clock { get; }

    public ISyncCheckpointStore Store { get; }

    public IMetrcClient Client { get; }

    public MetrcSync Sync { get; }

    public string License => Emulator.Facilities[0].LicenseNumber;

    public long Requests => Emulator.GetStatistics().TotalRequests;

    /// <summary>Today at the emulated facilities (America/Denver), not in UTC.</summary>
    public NodaTime.LocalDate Today =>
        NodaTime.Instant.FromDateTimeOffset(Clock.GetUtcNow()).InZone(NodaTime.DateTimeZoneProviders.Tzdb["America/Denver"]).Date;

    public static async Task<SyncHarness> StartAsync(ISyncCheckpointStore? store = null, MetrcSyncOptions? options = null)
    {
        // The emulator seeds its data an hour before the tests start, as data a facility had before it was first synced.
        var clock = new FakeTimeProvider(Start.AddHours(-1));
        var emulatorOptions = new MetrcEmulatorOptions { TimeProvider = clock, TagsPerFacility = 50, FacilitiesPerState = 1 };
        emulatorOptions.RateLimits.Enabled = false;
        MetrcEmulator emulator = await MetrcEmulator.StartAsync(emulatorOptions);
        clock.SetUtcNow(Start);
        return new SyncHarness(emulator, clock, store ?? new InMemorySyncCheckpointStore(), options ?? new MetrcSyncOptions());
    }

    public IReadOnlyList<string> AddPackages(int count, DateTimeOffset from, DateTimeOffset to) =>
        Emulator.AddPackages(MetrcState.Co, License, count, from, to);

    /// <summary>
    /// Runs the first sync of packages.active, then adds <paramref name="count"/> packages changed over the next two
    /// hours and moves the clock three hours on: the next incremental run has one window holding exactly them.
    /// </summary>
    public async Task<IReadOnlyList<string>> PackagesChangedAfterFirstRunAsync(int count)
    {
        await RunAsync(new RecordingSink(), "packages.active");
        IReadOnlyList<string> added = AddPackages(count, Start, Start.AddHours(2));
        Clock.Advance(TimeSpan.FromHours(3));
        return added;
    }

    public Task<SyncRunResult> RunAsync(ISyncSink sink, params string[] sections) =>
        Sync.RunAsync(Client, License, sink, sections.Length == 0 ? null : sections.Select(MetrcSyncSections.Get), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
