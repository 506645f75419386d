using Microsoft.Extensions.Options;

namespace Metrc.Sdk.Outbox;

/// <summary>The default <see cref="IMetrcOutbox"/> over an <see cref="IMetrcOutboxStore"/>.</summary>
internal sealed class MetrcOutbox(IMetrcOutboxStore store, OutboxOperationRegistry registry, IOptions<MetrcOutboxOptions> options, TimeProvider time) : IMetrcOutbox
{
    public async ValueTask<OutboxEntry> EnqueueAsync<TRow>(
        MetrcState state, string licenseNumber, OutboxOperation<TRow> operation, IEnumerable<TRow> rows,
        OutboxEnqueueOptions? enqueueOptions = null, CancellationToken cancellationToken = default)
    {
        _ = MetrcStates.GetCode(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        ArgumentNullException.ThrowIfNull(operation);
        IReadOnlyList<TRow> list = OutboxOperation<TRow>.Rows(rows);
        if (list.Count == 0)
        {
            throw new ArgumentException("An outbox entry needs at least one row.", nameof(rows));
        }

        registry.Register(operation);
        DateTimeOffset now = time.GetUtcNow();
        bool review = enqueueOptions?.RequireReview ?? options.Value.RequireReview;
        var entry = new OutboxEntry
        {
            State = state,
            LicenseNumber = licenseNumber,
            Operation = operation.Name,
            OperationKey = enqueueOptions?.OperationKey ?? operation.DeriveOperationKey(licenseNumber, list),
            Payload = operation.Serialize(list),
            RowCount = list.Count,
            Status = review ? OutboxEntryStatus.PendingReview : OutboxEntryStatus.Pending,
            EnqueuedAt = now,
            UpdatedAt = now,
        };
        return await store.AddAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<OutboxEntry> ApproveAsync(long id, string? reviewer = null, string? note = null, CancellationToken cancellationToken = default) =>
        MoveAsync(id, [OutboxEntryStatus.PendingReview], OutboxEntryStatus.Pending, e => e with { ReviewedBy = reviewer, ReviewNote = note }, "approved", cancellationToken);

    public ValueTask<OutboxEntry> RejectAsync(long id, string? reviewer = null, string? note = null, CancellationToken cancellationToken = default) =>
        MoveAsync(id, [OutboxEntryStatus.PendingReview], OutboxEntryStatus.Rejected, e => e with { ReviewedBy = reviewer, ReviewNote = note }, "rejected", cancellationToken);

    public ValueTask<OutboxEntry> RequeueAsync(long id, CancellationToken cancellationToken = default) =>
        MoveAsync(id, [OutboxEntryStatus.Failed, OutboxEntryStatus.DeadLettered], OutboxEntryStatus.Pending,
            e => e with { NextAttemptAt = null, LastError = null, RowErrors = [], EnqueuedAt = time.GetUtcNow() }, "requeued", cancellationToken);

    public ValueTask<OutboxEntry> CancelAsync(long id, CancellationToken cancellationToken = default) =>
        MoveAsync(id, [OutboxEntryStatus.PendingReview, OutboxEntryStatus.Pending, OutboxEntryStatus.Failed, OutboxEntryStatus.DeadLettered],
            OutboxEntryStatus.Canceled, static e => e, "canceled", cancellationToken);

    public ValueTask<OutboxEntry?> GetAsync(long id, CancellationToken cancellationToken = default) => store.GetAsync(id, cancellationToken);

    public ValueTask<IReadOnlyList<OutboxEntry>> QueryAsync(OutboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        return store.QueryAsync(query, cancellationToken);
    }

    private async ValueTask<OutboxEntry> MoveAsync(
        long id, OutboxEntryStatus[] from, OutboxEntryStatus to, Func<OutboxEntry, OutboxEntry> change, string verb, CancellationToken cancellationToken)
    {
        OutboxEntry current = await store.GetAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No outbox entry has id {id}.");
        if (Array.IndexOf(from, current.Status) < 0)
        {
            throw new InvalidOperationException(
                $"Outbox entry {id} is {current.Status}; only {string.Join(" or ", from)} entries can be {verb}.");
        }

        OutboxEntry? updated = await store.UpdateAsync(id, current.Status,
            e => change(e) with { Status = to, UpdatedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        return updated ?? throw new InvalidOperationException($"Outbox entry {id} changed while it was being {verb}; read it again.");
    }
}
