using Metrc.Sdk.Sync;
using NodaTime;

namespace Metrc.Sdk.Tests.Sync;

/// <summary>What every <see cref="ISyncCheckpointStore"/> must do; run against each implementation.</summary>
public abstract class CheckpointStoreContract
{
    private static readonly SyncCheckpointKey s_key = new("CO-LIC-0001", "packages.active");
    private static readonly Instant s_t0 = Instant.FromUtc(2026, 3, 10, 12, 0);

    protected abstract ISyncCheckpointStore CreateStore();

    [Fact]
    public async Task An_unknown_key_has_no_position_and_nothing_delivered()
    {
        SyncCheckpoint checkpoint = await CreateStore().GetAsync(s_key);
        Assert.Null(checkpoint.Position);
        Assert.Empty(checkpoint.Delivered);
    }

    [Fact]
    public async Task Advancing_keeps_only_versions_at_or_after_the_position_and_keys_are_separate()
    {
        ISyncCheckpointStore store = CreateStore();
        SyncRecordKey before = new(1, s_t0 - Duration.FromMinutes(1)), at = new(2, s_t0), after = new(3, s_t0 + Duration.FromSeconds(1)), noInstant = new(4, null);
        await store.AddDeliveredAsync(s_key, [before, at, after, noInstant, at]);
        await store.AddDeliveredAsync(s_key with { Section = "plants.flowering" }, [before]);

        SyncCheckpoint pending = await store.GetAsync(s_key);
        Assert.Equal(new HashSet<SyncRecordKey> { before, at, after, noInstant }, pending.Delivered.ToHashSet());

        await store.AdvanceAsync(s_key, s_t0);
        SyncCheckpoint advanced = await store.GetAsync(s_key);
        Assert.Equal(s_t0, advanced.Position);
        Assert.Equal(new HashSet<SyncRecordKey> { at, after }, advanced.Delivered.ToHashSet());
        Assert.Single((await store.GetAsync(s_key with { Section = "plants.flowering" })).Delivered);
    }
}

public sealed class InMemoryCheckpointStoreTests : CheckpointStoreContract
{
    protected override ISyncCheckpointStore CreateStore() => new InMemorySyncCheckpointStore();
}

public sealed class SqliteCheckpointStoreTests : CheckpointStoreContract, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"metrc-sync-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_sync_interrupted_mid_window_resumes_from_the_file_in_a_new_engine_without_duplicates()
    {
        await using SyncHarness h = await SyncHarness.StartAsync(CreateStore());
        IReadOnlyList<string> added = await h.PackagesChangedAfterFirstRunAsync(90);
        var sink = new RecordingSink
        {
            OnBatch = (_, handled) => handled == 2 ? throw new InvalidOperationException("process killed") : ValueTask.CompletedTask,
        };
        await h.RunAsync(sink, "packages.active");
        Assert.Equal(40, sink.Batches.Sum(b => b.Count));

        // A new process: a new engine over a new store instance on the same file.
        var restarted = new MetrcSync(CreateStore(), timeProvider: h.Clock);
        sink.OnBatch = null;
        SyncRunResult resumed = await restarted.RunAsync(h.Client, h.License, sink, [MetrcSyncSections.Get("packages.active")]);

        Assert.True(resumed.Succeeded);
        Assert.Equal(90, sink.Batches.Sum(b => b.Count));
        Assert.Equal(added.ToHashSet(), sink.Items<Models.Package>("packages.active").Select(p => p.Label).ToHashSet());
    }

    protected override ISyncCheckpointStore CreateStore() => new SqliteSyncCheckpointStore($"Data Source={_path}");
}
