using System.Threading.Channels;
using Metrc.Sdk.Hosting;
using Metrc.Sdk.Models;
using Metrc.Sdk.Sync;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.Tests.Sync;

public sealed class MetrcSyncWorkerTests
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 7, 6, 40, 0, TimeSpan.Zero);

    [Fact]
    public async Task Worker_runs_hourly_and_nightly_on_each_facility_local_clock()
    {
        (FakeTimeProvider clock, MetrcEmulator emulator) = await StartEmulatorAsync();
        await using MetrcEmulator disposeEmulator = emulator;
        (EmulatedFacility denver, EmulatedFacility kolkata) = (emulator.Facilities[0], emulator.Facilities[1]);

        var reports = Channel.CreateUnbounded<MetrcSyncRunReport>();
        var sink = new RecordingSink();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ISyncSink>(sink);
        services.AddMetrcClient(o =>
            {
                o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.BaseAddress };
                o.Throttling.Enabled = false;
            })
            .AddSyncWorker(o =>
            {
                o.RunOnStart = false;
                o.NightlyDays = 1;
                o.Facilities.Add(Facility(denver, "America/Denver", emulator.VendorKey));
                o.Facilities.Add(Facility(kolkata, "Asia/Kolkata", emulator.VendorKey));
                o.RunCompleted = r => reports.Writer.TryWrite(r);
            });
        await using ServiceProvider provider = services.BuildServiceProvider();
        MetrcSyncWorker worker = provider.GetRequiredService<MetrcSyncWorker>();
        await worker.StartAsync(CancellationToken.None);

        // 06:45Z is 23:45 in Denver (UTC-7) and 12:15 in Kolkata (UTC+5:30): Denver's next hour is 07:00Z, Kolkata's
        // 07:30Z; Denver's 02:00 sweep is 09:00Z, Kolkata's 02:00 is 20:30Z.
        (string License, bool Nightly, string At)[] expected =
        [
            (denver.LicenseNumber, false, "2026-03-07T07:00:00Z"),
            (kolkata.LicenseNumber, false, "2026-03-07T07:30:00Z"),
            (denver.LicenseNumber, false, "2026-03-07T08:00:00Z"),
            (kolkata.LicenseNumber, false, "2026-03-07T08:30:00Z"),
            (denver.LicenseNumber, true, "2026-03-07T09:00:00Z"),
            (kolkata.LicenseNumber, false, "2026-03-07T09:30:00Z"),
        ];
        for (int i = 0; i < expected.Length; i++)
        {
            Instant due = await worker.WaitForIdleAsync(i).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(expected[i].At, due.ToString());
            clock.SetUtcNow(due.ToDateTimeOffset());
            MetrcSyncRunReport report = await reports.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(expected[i].License, report.LicenseNumber);
            Assert.Equal(expected[i].Nightly, report.Nightly);
            Assert.Equal(due, report.ScheduledAt);
            Assert.True(report.Succeeded, report.Error?.ToString());
            Assert.Equal(report.Nightly ? 2 : 1, report.Results.Count);
        }

        // The first run of each facility was its full sync; the sweep re-read Denver's last day.
        Assert.Equal(3, sink.Batches.Where(b => b.LicenseNumber == denver.LicenseNumber && b.Source == SyncSource.Incremental).OfType<SyncBatch<Package>>().Sum(b => b.Count));
        Assert.Contains(sink.Batches, b => b.LicenseNumber == denver.LicenseNumber && b.Source == SyncSource.Refresh);
        MetrcSyncFacilityHealth health = worker.GetHealth().Single(h => h.LicenseNumber == denver.LicenseNumber);
        Assert.Equal(0, health.ConsecutiveFailures);
        Assert.Equal(Instant.FromUtc(2026, 3, 7, 9, 0), health.LastSweep);
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 9, 0), health.NextSweep); // 02:00 on the DST day is 03:00 MDT
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failing_facility_is_reported_unhealthy_and_the_others_still_run()
    {
        (FakeTimeProvider clock, MetrcEmulator emulator) = await StartEmulatorAsync();
        await using MetrcEmulator disposeEmulator = emulator;
        var reports = Channel.CreateUnbounded<MetrcSyncRunReport>();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ISyncSink>(new RecordingSink());
        services.AddMetrcClient(o =>
            {
                o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.BaseAddress };
                o.Throttling.Enabled = false;
                o.MaxRetryAttempts = 0;
            })
            .AddSyncWorker(o =>
            {
                o.Facilities.Add(Facility(emulator.Facilities[0], "America/Denver", emulator.VendorKey));
                MetrcSyncFacility wrongKey = Facility(emulator.Facilities[1], "America/Denver", emulator.VendorKey);
                wrongKey.Credentials = new MetrcCredentials(emulator.VendorKey, "revoked-user-key");
                o.Facilities.Add(wrongKey);
                o.RunCompleted = r => reports.Writer.TryWrite(r);
            });
        await using ServiceProvider provider = services.BuildServiceProvider();
        MetrcSyncWorker worker = provider.GetRequiredService<MetrcSyncWorker>();
        await worker.StartAsync(CancellationToken.None);

        await worker.WaitForIdleAsync(2).WaitAsync(TimeSpan.FromSeconds(30)); // both ran at start
        IReadOnlyList<MetrcSyncFacilityHealth> health = worker.GetHealth();
        Assert.Equal(0, health[0].ConsecutiveFailures);
        Assert.Equal(1, health[1].ConsecutiveFailures);
        Assert.NotNull(health[1].LastError);
        Assert.DoesNotContain("revoked-user-key", health[1].LastError, StringComparison.Ordinal);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void An_unknown_time_zone_or_section_fails_at_construction_naming_the_facility()
    {
        var options = new MetrcSyncWorkerOptions();
        options.Facilities.Add(new MetrcSyncFacility { State = MetrcState.Co, LicenseNumber = "CO-LIC-0001", TimeZone = "Mars/Olympus" });
        var sync = new MetrcSync(new InMemorySyncCheckpointStore());
        ArgumentException error = Assert.Throws<ArgumentException>(() =>
            new MetrcSyncWorker(sync, new MetrcClientFactory(_ => { }), new RecordingSink(), Microsoft.Extensions.Options.Options.Create(options)));
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
        Assert.Contains("CO-LIC-0001", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-08T08:30:00Z", "America/Denver", "2026-03-08T09:00:00Z")] // 01:30 MST -> 02:00 does not exist -> 03:00 MDT
    [InlineData("2026-03-08T09:00:00Z", "America/Denver", "2026-03-08T10:00:00Z")] // 03:00 MDT -> 04:00 MDT
    [InlineData("2026-03-07T06:45:00Z", "Asia/Kolkata", "2026-03-07T07:30:00Z")] // 12:15 IST -> 13:00 IST
    [InlineData("2026-11-01T07:30:00Z", "America/Denver", "2026-11-01T09:00:00Z")] // 01:30 MDT -> 02:00 MST: the repeated 01:00 hour is not run twice
    public void Hourly_slots_follow_the_facility_local_clock(string after, string zone, string expected)
    {
        Instant next = SyncSchedule.NextInterval(
            NodaTime.Text.InstantPattern.General.Parse(after).Value, DateTimeZoneProviders.Tzdb[zone], Duration.FromHours(1));
        Assert.Equal(expected, next.ToString());
    }

    [Theory]
    [InlineData("2026-03-07T09:00:00Z", "2026-03-08T09:00:00Z")] // 02:00 skipped on the DST day: runs at 03:00 MDT
    [InlineData("2026-03-08T09:00:00Z", "2026-03-09T08:00:00Z")] // 02:00 MDT
    [InlineData("2026-11-01T07:00:00Z", "2026-11-01T09:00:00Z")] // 02:00 MST after the fall-back fold
    public void The_nightly_sweep_runs_at_local_0200_across_daylight_saving_changes(string after, string expected)
    {
        Instant next = SyncSchedule.NextDaily(NodaTime.Text.InstantPattern.General.Parse(after).Value, DateTimeZoneProviders.Tzdb["America/Denver"], new LocalTime(2, 0));
        Assert.Equal(expected, next.ToString());
    }

    /// <summary>An emulator on a fake clock whose seeded data is older than a first run's safety lag.</summary>
    private static async Task<(FakeTimeProvider Clock, MetrcEmulator Emulator)> StartEmulatorAsync()
    {
        var clock = new FakeTimeProvider(s_start);
        var options = new MetrcEmulatorOptions { TimeProvider = clock, TagsPerFacility = 20 };
        options.RateLimits.Enabled = false;
        MetrcEmulator emulator = await MetrcEmulator.StartAsync(options);
        clock.Advance(TimeSpan.FromMinutes(5));
        return (clock, emulator);
    }

    private static MetrcSyncFacility Facility(EmulatedFacility f, string zone, string vendorKey) => new()
    {
        State = MetrcState.Co,
        LicenseNumber = f.LicenseNumber,
        TimeZone = zone,
        Credentials = new MetrcCredentials(vendorKey, f.UserKey),
    };
}
