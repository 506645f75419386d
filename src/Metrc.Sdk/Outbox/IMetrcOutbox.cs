namespace Metrc.Sdk.Outbox;

/// <summary>
/// A durable queue of Metrc writes: enqueueing returns at once and survives restarts and outages ("offline mode");
/// a background drainer sends entries per facility in order, retrying transient failures without ever applying a
/// write twice. Optionally entries wait for a reviewer first.
/// </summary>
public interface IMetrcOutbox
{
    /// <summary>Stores a write for later sending. Enqueuing the same operation key again returns the existing entry.</summary>
    /// <param name="state">The state of the facility.</param>
    /// <param name="licenseNumber">The facility.</param>
    /// <param name="operation">What to send (see <see cref="MetrcOutboxOperations"/>).</param>
    /// <param name="rows">The rows; stored as JSON.</param>
    /// <param name="options">Per-entry settings.</param>
    /// <param name="cancellationToken">Cancels the enqueue.</param>
    ValueTask<OutboxEntry> EnqueueAsync<TRow>(
        MetrcState state, string licenseNumber, OutboxOperation<TRow> operation, IEnumerable<TRow> rows,
        OutboxEnqueueOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Approves an entry waiting for review; it is sent in its turn.</summary>
    /// <exception cref="KeyNotFoundException">No entry has <paramref name="id"/>.</exception>
    /// <exception cref="InvalidOperationException">The entry is not waiting for review.</exception>
    ValueTask<OutboxEntry> ApproveAsync(long id, string? reviewer = null, string? note = null, CancellationToken cancellationToken = default);

    /// <summary>Rejects an entry waiting for review; it is never sent.</summary>
    /// <exception cref="KeyNotFoundException">No entry has <paramref name="id"/>.</exception>
    /// <exception cref="InvalidOperationException">The entry is not waiting for review.</exception>
    ValueTask<OutboxEntry> RejectAsync(long id, string? reviewer = null, string? note = null, CancellationToken cancellationToken = default);

    /// <summary>Puts a failed or dead-lettered entry back in the queue (after fixing what made it fail).</summary>
    /// <exception cref="KeyNotFoundException">No entry has <paramref name="id"/>.</exception>
    /// <exception cref="InvalidOperationException">The entry is not failed or dead-lettered.</exception>
    ValueTask<OutboxEntry> RequeueAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Cancels an entry that was not sent (waiting for review, pending, failed or dead-lettered).</summary>
    /// <exception cref="KeyNotFoundException">No entry has <paramref name="id"/>.</exception>
    /// <exception cref="InvalidOperationException">The entry is in flight or final.</exception>
    ValueTask<OutboxEntry> CancelAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The entry with <paramref name="id"/>, or <see langword="null"/>.</summary>
    ValueTask<OutboxEntry?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Entries matching <paramref name="query"/> (pending, in flight, failed with row errors, dead-lettered ...).</summary>
    ValueTask<IReadOnlyList<OutboxEntry>> QueryAsync(OutboxQuery query, CancellationToken cancellationToken = default);
}
