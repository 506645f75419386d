using System.Collections.Concurrent;
using NodaTime;

namespace Metrc.Sdk.Sync;

/// <summary>An <see cref="ISyncCheckpointStore"/> in process memory: progress is lost when the process ends.</summary>
public sealed class InMemorySyncCheckpointStore : ISyncCheckpointStore
{
    private readonly ConcurrentDictionary<SyncCheckpointKey, Entry> _entries = new();

    /// <inheritdoc />
    public ValueTask<SyncCheckpoint> GetAsync(SyncCheckpointKey key, CancellationToken cancellationToken = default)
    {
        if (!_entries.TryGetValue(key, out Entry? entry))
        {
            return ValueTask.FromResult(SyncCheckpoint.Empty);
        }

        lock (entry)
        {
            return ValueTask.FromResult(new SyncCheckpoint { Position = entry.Position, Delivered = [.. entry.Delivered] });
        }
    }

    /// <inheritdoc />
    public ValueTask AddDeliveredAsync(SyncCheckpointKey key, IReadOnlyCollection<SyncRecordKey> delivered, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        Entry entry = _entries.GetOrAdd(key, static _ => new Entry());
        lock (entry)
        {
            entry.Delivered.UnionWith(delivered);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask AdvanceAsync(SyncCheckpointKey key, Instant position, CancellationToken cancellationToken = default)
    {
        Entry entry = _entries.GetOrAdd(key, static _ => new Entry());
        lock (entry)
        {
            entry.Position = position;
            entry.Delivered.RemoveWhere(k => k.LastModified is not { } modified || modified < position);
        }

        return ValueTask.CompletedTask;
    }

    private sealed class Entry
    {
        public Instant? Position { get; set; }

        public HashSet<SyncRecordKey> Delivered { get; } = [];
    }
}
