namespace Metrc.Sdk.Sync;

/// <summary>
/// Wraps a sink and drops record versions it passed on recently, so a version pushed by a webhook and pulled again by
/// the next run (or re-read by a refresh) reaches the application once. Remembers the last
/// <see cref="Capacity"/> versions (oldest forgotten first); records without an id are always passed on.
/// </summary>
public sealed class DeduplicatingSyncSink : ISyncSink
{
    private readonly ISyncSink _inner;
    private readonly HashSet<SyncRecordKey> _seen = [];
    private readonly Queue<SyncRecordKey> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Creates the sink.</summary>
    /// <param name="inner">The application's sink.</param>
    /// <param name="capacity">How many versions to remember. Default: 100,000 (a few MB).</param>
    public DeduplicatingSyncSink(ISyncSink inner, int capacity = 100_000)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _inner = inner;
        Capacity = capacity;
    }

    /// <summary>How many versions are remembered.</summary>
    public int Capacity { get; }

    /// <inheritdoc />
    public ValueTask HandleAsync(SyncBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        List<int>? fresh = null;
        bool all = true;
        lock (_lock)
        {
            for (int i = 0; i < batch.Keys.Count; i++)
            {
                SyncRecordKey key = batch.Keys[i];
                if (!key.HasId || !_seen.Contains(key))
                {
                    (fresh ??= []).Add(i);
                }
                else
                {
                    all = false;
                }
            }
        }

        if (fresh is null)
        {
            return ValueTask.CompletedTask;
        }

        return all ? ForwardAsync(batch, cancellationToken) : ForwardAsync(batch.Select(fresh), cancellationToken);
    }

    private async ValueTask ForwardAsync(SyncBatch batch, CancellationToken cancellationToken)
    {
        await _inner.HandleAsync(batch, cancellationToken).ConfigureAwait(false);

        // Remembered only once the application handled them: a failed batch is passed on again next time.
        lock (_lock)
        {
            foreach (SyncRecordKey key in batch.Keys)
            {
                if (key.HasId && _seen.Add(key))
                {
                    _order.Enqueue(key);
                    if (_order.Count > Capacity)
                    {
                        _seen.Remove(_order.Dequeue());
                    }
                }
            }
        }
    }
}
