using Metrc.Sdk.Models;
using Metrc.Sdk.Sync;
using Metrc.Sdk.Testing;
using NodaTime;

namespace Metrc.Sdk.Tests.Sync;

public sealed class MetrcSyncTests
{
    private const string Packages = "packages.active";

    [Fact]
    public async Task First_run_delivers_every_seeded_record_once_and_sets_the_checkpoint_to_now_minus_the_lag()
    {
        await using SyncHarness h = await SyncHarness.StartAsync();
        IReadOnlyList<string> added = h.AddPackages(45, SyncHarness.Start.AddDays(-3), SyncHarness.Start.AddHours(-1));
        var sink = new RecordingSink();

        SyncRunResult result = await h.RunAsync(sink);

        Assert.True(result.Succeeded);
        List<Package> packages = [.. sink.Items<Package>(Packages)];
        Assert.Equal(45 + 3, packages.Count);
        Assert.Superset(added.ToHashSet(), packages.Select(p => p.Label).ToHashSet());
        Assert.Equal(packages.Count, packages.Select(p => p.Id).Distinct().Count());
        Assert.Equal(7, sink.Items<Item>("items.active").Count()); // six products and Clones
        Assert.Equal(3, sink.Items<Strain>("strains.active").Count());
        Assert.Equal(4, sink.Items<Location>("locations.active").Count());
        Assert.All(sink.Batches, b => Assert.Equal(SyncSource.Incremental, b.Source));
        Assert.All(sink.Batches, b => Assert.Equal(h.License, b.LicenseNumber));

        Instant expected = Instant.FromDateTimeOffset(SyncHarness.Start) - Duration.FromMinutes(2);
        Assert.All(result.Sections, s => Assert.Equal(expected, s.Checkpoint));
        Assert.Equal(expected, (await h.Store.GetAsync(new SyncCheckpointKey(h.License, Packages))).Position);
    }

    [Fact]
    public async Task Changes_made_through_the_SDK_appear_in_the_next_incremental_run_exactly_once()
    {
        await using SyncHarness h = await SyncHarness.StartAsync();
        await h.RunAsync(new RecordingSink());
        string label = h.Emulator.Facilities[0].SeededPackages[0];

        h.Clock.Advance(TimeSpan.FromHours(1));
        LocalDate today = h.Today;
        await h.Client.Packages.AdjustAsync(h.License, [new AdjustPackageRequest
        {
            Label = label, Quantity = -5, UnitOfMeasure = "Grams", AdjustmentReason = "Drying", AdjustmentDate = today,
        }]);
        await h.Client.PlantBatches.CreatePlantingsAsync(h.License, [new CreatePlantingsRequest
        {
            Name = "SYNC-BATCH-1", Type = "Clone", Count = 5, Strain = "Blue Dream", Location = "Veg Room", ActualDate = today,
        }]);
        h.Clock.Advance(TimeSpan.FromMinutes(5));

        var second = new RecordingSink();
        SyncRunResult result = await h.RunAsync(second);

        Assert.True(result.Succeeded);
        Package changed = Assert.Single(second.Items<Package>(Packages));
        Assert.Equal(label, changed.Label);
        PlantBatch batch = Assert.Single(second.Items<PlantBatch>("plantbatches.active"));
        Assert.Equal("SYNC-BATCH-1", batch.Name);
        Assert.Equal(2, second.Batches.Sum(b => b.Count));

        h.Clock.Advance(TimeSpan.FromHours(1));
        var third = new RecordingSink();
        await h.RunAsync(third);
        Assert.Empty(third.Batches);
    }

    [Fact]
    public async Task A_run_cancelled_mid_window_resumes_with_no_gap_and_no_duplicate()
    {
        await using SyncHarness h = await SyncHarness.StartAsync();
        IReadOnlyList<string> added = await h.PackagesChangedAfterFirstRunAsync(100);

        using var cts = new CancellationTokenSource();
        var sink = new RecordingSink
        {
            OnBatch = (_, handled) =>
            {
                if (handled == 1)
                {
                    cts.Cancel(); // the second batch is taken, then the run is cancelled mid-window (5 pages)
                }

                return ValueTask.CompletedTask;
            },
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            h.Sync.RunAsync(h.Client, h.License, sink, [MetrcSyncSections.Get(Packages)], cts.Token));
        Assert.Equal(40, sink.Batches.Sum(b => b.Count));
        SyncCheckpoint interrupted = await h.Store.GetAsync(new SyncCheckpointKey(h.License, Packages));
        Assert.Equal(Instant.FromDateTimeOffset(SyncHarness.Start) - Duration.FromMinutes(2), interrupted.Position);

        sink.OnBatch = null;
        SyncRunResult resumed = await h.RunAsync(sink, Packages);

        Assert.True(resumed.Succeeded);
        AssertExactlyOnce(sink, added);
        Assert.Equal(40, resumed.Sections[0].Skipped);
    }

    [Fact]
    public async Task A_run_faulted_mid_window_by_Metrc_or_by_the_sink_resumes_with_no_gap_and_no_duplicate()
    {
        await using SyncHarness h = await SyncHarness.StartAsync();
        IReadOnlyList<string> added = await h.PackagesChangedAfterFirstRunAsync(100);

        // Metrc fails the second page (requested once the sink took the first).
        var sink = new RecordingSink
        {
            OnBatch = (_, handled) =>
            {
                if (handled == 0)
                {
                    h.Emulator.Faults.FailNext(EmulatorFaultKind.ErrorBeforeCommit, pathContains: "packages/v2/active");
                }

                return ValueTask.CompletedTask;
            },
        };
        SyncRunResult failed = await h.RunAsync(sink, Packages);
        Assert.False(failed.Succeeded);
        Assert.IsType<MetrcServerException>(failed.Sections[0].Error);
        Assert.Equal(20, sink.Batches.Sum(b => b.Count));

        // The sink refuses the next batch it sees.
        sink.OnBatch = (_, handled) => handled == 2 ? throw new InvalidOperationException("database unavailable") : ValueTask.CompletedTask;
        SyncRunResult sinkFailed = await h.RunAsync(sink, Packages);
        Assert.IsType<InvalidOperationException>(sinkFailed.Sections[0].Error);
        Assert.Equal(40, sink.Batches.Sum(b => b.Count));

        sink.OnBatch = null;
        SyncRunResult resumed = await h.RunAsync(sink, Packages);
        Assert.True(resumed.Succeeded);
        AssertExactlyOnce(sink, added);
    }

    [Fact]
    public async Task A_7_day_refresh_issues_exactly_7_windows_per_section_and_leaves_checkpoints_alone()
    {
        await using SyncHarness h = await SyncHarness.StartAsync();
        h.AddPackages(10, SyncHarness.Start.AddDays(-6.5), SyncHarness.Start.AddHours(-1));
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        string[] sections = ["packages.active", "plantbatches.active", "strains.active"];
        var sink = new RecordingSink();
        long before = h.Requests;

        SyncRunResult result = await h.Sync.RunRefreshAsync(h.Client, h.License, sink, sections.Select(MetrcSyncSections.Get), 7);

        Assert.All(result.Sections, s => Assert.Equal(7, s.Windows));
        Assert.All(result.Sections, s => Assert.Equal(7, s.Pages));
        Assert.Equal(7 * sections.Length, h.Requests - before);
        Assert.Equal(13, sink.Items<Package>(Packages).Count());
        Assert.All(sink.Batches, b => Assert.Equal(SyncSource.Refresh, b.Source));
        Assert.All(sink.Batches, b => Assert.True(b.Window!.Value.End.ToInstant() - b.Window.Value.Start.ToInstant() <= Duration.FromHours(24)));
        Assert.Null((await h.Store.GetAsync(new SyncCheckpointKey(h.License, Packages))).Position);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            h.Sync.RunRefreshAsync(h.Client, h.License, sink, [MetrcSyncSections.Get(Packages)], 8));
    }

    [Fact]
    public async Task A_slow_sink_holds_the_pull_to_PagesInFlight_pages_ahead()
    {
        await using SyncHarness h = await SyncHarness.StartAsync(options: new MetrcSyncOptions { PagesInFlight = 2 });
        h.AddPackages(200, SyncHarness.Start.AddHours(-5), SyncHarness.Start.AddHours(-4));
        long before = h.Requests;
        var requestsSeen = new List<long>();
        var sink = new RecordingSink
        {
            OnBatch = async (_, _) =>
            {
                requestsSeen.Add(h.Requests - before);
                await Task.Yield();
            },
        };

        await h.RunAsync(sink, Packages);

        // While the sink handles batch k, at most k + 2 pages were requested: the pull waits for the sink and buffers
        // no more than PagesInFlight pages, however slow the sink is.
        Assert.Equal(11, requestsSeen.Count);
        Assert.Equal(1, requestsSeen[0]);
        for (int k = 1; k <= 11; k++)
        {
            Assert.InRange(requestsSeen[k - 1], k, Math.Min(k + 2, 11));
        }
    }

    [Fact]
    public async Task Pull_as_an_async_enumerable_requests_pages_only_as_the_consumer_advances()
    {
        await using SyncHarness h = await SyncHarness.StartAsync();
        h.AddPackages(60, SyncHarness.Start.AddHours(-5), SyncHarness.Start.AddHours(-4));
        long before = h.Requests;

        await using IAsyncEnumerator<SyncBatch> pull = h.Sync.PullAsync(h.Client, h.License, [MetrcSyncSections.Get(Packages)]).GetAsyncEnumerator();
        Assert.True(await pull.MoveNextAsync());
        Assert.Equal(1, h.Requests - before);
        Assert.True(await pull.MoveNextAsync());
        Assert.InRange(h.Requests - before, 2, 2 + h.Sync.Options.PagesInFlight);

        // Stopping here leaves the checkpoint unset; the first batch counts as delivered, the second does not.
        SyncCheckpoint checkpoint = await h.Store.GetAsync(new SyncCheckpointKey(h.License, Packages));
        Assert.Null(checkpoint.Position);
        Assert.Equal(20, checkpoint.Delivered.Count);
    }

    [Fact]
    public async Task A_window_whose_records_change_while_it_is_paged_is_read_again_so_none_is_skipped()
    {
        await using SyncHarness h = await SyncHarness.StartAsync();
        IReadOnlyList<string> added = await h.PackagesChangedAfterFirstRunAsync(60);
        LocalDate today = h.Today;
        var sink = new RecordingSink
        {
            OnBatch = async (_, handled) =>
            {
                if (handled == 0)
                {
                    // A record of page 1 changes: it leaves the window and every later record moves up one place.
                    await h.Client.Packages.AdjustAsync(h.License, [new AdjustPackageRequest
                    {
                        Label = added[0], Quantity = -0.5m, UnitOfMeasure = "Grams", AdjustmentReason = "Drying", AdjustmentDate = today,
                    }]);
                }
            },
        };

        SyncRunResult result = await h.RunAsync(sink, Packages);

        Assert.True(result.Succeeded);
        AssertExactlyOnce(sink, added);
        Assert.True(result.Sections[0].Pages > 3);
    }

    [Fact]
    public void The_section_table_names_each_section_once_and_lookups_name_the_known_ones()
    {
        Assert.Equal(MetrcSyncSections.All.Count, MetrcSyncSections.All.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Same(MetrcSyncSections.All[0], MetrcSyncSections.Get(MetrcSyncSections.All[0].Name.ToUpperInvariant()));
        ArgumentException error = Assert.Throws<ArgumentException>(() => MetrcSyncSections.Get("labtests.active"));
        Assert.Contains("packages.active", error.Message, StringComparison.Ordinal);
    }

    private static void AssertExactlyOnce(RecordingSink sink, IReadOnlyList<string> labels)
    {
        List<string> delivered = [.. sink.Items<Package>(Packages).Select(p => p.Label)];
        foreach (string label in labels)
        {
            Assert.Equal(1, delivered.Count(l => l == label));
        }

        List<SyncRecordKey> keys = [.. sink.Keys(Packages)];
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
