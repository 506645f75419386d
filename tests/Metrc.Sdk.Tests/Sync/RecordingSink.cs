using Metrc.Sdk.Sync;

namespace Metrc.Sdk.Tests.Sync;

/// <summary>A sink that keeps what it handled; <see cref="OnBatch"/> runs before a batch is accepted (throw to refuse it).</summary>
internal sealed class RecordingSink : ISyncSink
{
    private readonly Lock _lock = new();

    public List<SyncBatch> Batches { get; } = [];

    public Func<SyncBatch, int, ValueTask>? OnBatch { get; set; }

    public async ValueTask HandleAsync(SyncBatch batch, CancellationToken cancellationToken)
    {
        if (OnBatch is { } hook)
        {
            await hook(batch, Batches.Count);
        }

        lock (_lock)
        {
            Batches.Add(batch);
        }
    }

    public IEnumerable<SyncRecordKey> Keys(string section) => Batches.Where(b => b.Section == section).SelectMany(b => b.Keys);

    public IEnumerable<T> Items<T>(string section) => Batches.Where(b => b.Section == section).OfType<SyncBatch<T>>().SelectMany(b => b.Items);

    public void Clear() => Batches.Clear();
}
