using Metrc.Sdk.Sync;
using NodaTime;

namespace Metrc.Sdk.Tests.Sync;

public sealed class DeduplicatingSyncSinkTests
{
    private static readonly Instant s_t = Instant.FromUtc(2026, 3, 10, 12, 0);

    [Fact]
    public async Task A_version_pushed_then_pulled_reaches_the_application_once_and_a_newer_version_again()
    {
        var inner = new RecordingSink();
        var sink = new DeduplicatingSyncSink(inner);

        await sink.HandleAsync(Batch(SyncSource.Webhook, (1, s_t)), CancellationToken.None);
        await sink.HandleAsync(Batch(SyncSource.Incremental, (1, s_t), (2, s_t)), CancellationToken.None);
        await sink.HandleAsync(Batch(SyncSource.Incremental, (1, s_t + Duration.FromMinutes(1))), CancellationToken.None);

        Assert.Equal([new(1, s_t), new(2, s_t), new(1, s_t + Duration.FromMinutes(1))], inner.Batches.SelectMany(b => b.Keys));
        Assert.Equal(["w1", "p2", "p1b"], inner.Batches.OfType<SyncBatch<string>>().SelectMany(b => b.Items));
    }

    [Fact]
    public async Task A_batch_the_application_failed_is_passed_on_again_and_records_without_id_always_pass()
    {
        int calls = 0;
        var inner = new RecordingSink { OnBatch = (_, _) => calls++ == 0 ? throw new InvalidOperationException("down") : ValueTask.CompletedTask };
        var sink = new DeduplicatingSyncSink(inner);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sink.HandleAsync(Batch(SyncSource.Webhook, (1, s_t)), CancellationToken.None).AsTask());
        await sink.HandleAsync(Batch(SyncSource.Webhook, (1, s_t), (0, null)), CancellationToken.None);
        await sink.HandleAsync(Batch(SyncSource.Webhook, (0, null)), CancellationToken.None);

        Assert.Equal(3, inner.Batches.Sum(b => b.Count));
    }

    [Fact]
    public async Task Only_the_last_Capacity_versions_are_remembered()
    {
        var inner = new RecordingSink();
        var sink = new DeduplicatingSyncSink(inner, capacity: 2);
        foreach (long id in new long[] { 1, 2, 3, 1 })
        {
            await sink.HandleAsync(Batch(SyncSource.Incremental, (id, s_t)), CancellationToken.None);
        }

        Assert.Equal(4, inner.Batches.Count);
    }

    private static SyncBatch<string> Batch(SyncSource source, params (long Id, Instant? At)[] records)
    {
        string prefix = source == SyncSource.Webhook ? "w" : "p";
        string[] items = [.. records.Select(r => prefix + r.Id + (r.At > s_t ? "b" : string.Empty))];
        return new SyncBatch<string>("CO-LIC-0001", "packages.active", source, null, items, [.. records.Select(r => new SyncRecordKey(r.Id, r.At))]);
    }
}
