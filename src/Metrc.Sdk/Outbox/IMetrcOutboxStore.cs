namespace Metrc.Sdk.Outbox;

/// <summary>
/// Durable storage of outbox entries. Implementations make <see cref="AddAsync"/>, <see cref="ClaimNextAsync"/> and
/// <see cref="UpdateAsync"/> atomic, also across processes sharing the store.
/// </summary>
public interface IMetrcOutboxStore
{
    /// <summary>Stores a new entry and returns it with its id; when an entry with the same operation key exists, returns that one unchanged.</summary>
    ValueTask<OutboxEntry> AddAsync(OutboxEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entry with <paramref name="id"/>, or <see langword="null"/>.</summary>
    ValueTask<OutboxEntry?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Entries matching <paramref name="query"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<OutboxEntry>> QueryAsync(OutboxQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the next due entry: the oldest pending-or-in-flight entry of a facility, if it is pending and due or its
    /// in-flight claim expired. Marks it in flight until <paramref name="now"/> + <paramref name="lease"/> and counts an attempt.
    /// </summary>
    ValueTask<OutboxEntry?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Applies <paramref name="change"/> when the entry's status is <paramref name="expected"/>; returns the updated entry, or <see langword="null"/> when the status differed.</summary>
    ValueTask<OutboxEntry?> UpdateAsync(long id, OutboxEntryStatus expected, Func<OutboxEntry, OutboxEntry> change, CancellationToken cancellationToken = default);
}
