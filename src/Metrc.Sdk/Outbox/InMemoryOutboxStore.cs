namespace Metrc.Sdk.Outbox;

/// <summary>An outbox store in process memory: for tests and samples (lost on restart).</summary>
public sealed class InMemoryOutboxStore : IMetrcOutboxStore
{
    private readonly SortedDictionary<long, OutboxEntry> _entries = [];
    private readonly Lock _lock = new();
    private long _nextId = 1;

    /// <inheritdoc />
    public ValueTask<OutboxEntry> AddAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            foreach (OutboxEntry existing in _entries.Values)
            {
                if (existing.OperationKey == entry.OperationKey)
                {
                    return ValueTask.FromResult(existing);
                }
            }

            OutboxEntry stored = entry with { Id = _nextId++ };
            _entries[stored.Id] = stored;
            return ValueTask.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public ValueTask<OutboxEntry?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_entries.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<OutboxEntry>> QueryAsync(OutboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            IReadOnlyList<OutboxEntry> result = _entries.Values
                .Where(e => (query.Statuses.Count == 0 || query.Statuses.Contains(e.Status))
                    && (query.LicenseNumber is null || e.LicenseNumber == query.LicenseNumber))
                .Take(query.Limit)
                .ToList();
            return ValueTask.FromResult(result);
        }
    }

    /// <inheritdoc />
    public ValueTask<OutboxEntry?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var headsSeen = new HashSet<(MetrcState, string)>();
            foreach (OutboxEntry entry in _entries.Values)
            {
                if (entry.Status is not (OutboxEntryStatus.Pending or OutboxEntryStatus.InFlight) || !headsSeen.Add((entry.State, entry.LicenseNumber)))
                {
                    continue;
                }

                if (OutboxClaims.IsClaimable(entry, now))
                {
                    OutboxEntry claimed = OutboxClaims.Claim(entry, now, lease);
                    _entries[entry.Id] = claimed;
                    return ValueTask.FromResult<OutboxEntry?>(claimed);
                }
            }

            return ValueTask.FromResult<OutboxEntry?>(null);
        }
    }

    /// <inheritdoc />
    public ValueTask<OutboxEntry?> UpdateAsync(long id, OutboxEntryStatus expected, Func<OutboxEntry, OutboxEntry> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_lock)
        {
            if (!_entries.TryGetValue(id, out OutboxEntry? entry) || entry.Status != expected)
            {
                return ValueTask.FromResult<OutboxEntry?>(null);
            }

            OutboxEntry updated = change(entry) with { Id = id };
            _entries[id] = updated;
            return ValueTask.FromResult<OutboxEntry?>(updated);
        }
    }
}
