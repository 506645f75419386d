using Metrc.Sdk.Models;

namespace Metrc.Sdk.Idempotency;

/// <summary>
/// An idempotency ledger in process memory: for tests, short-lived tools and single-process apps (lost on restart).
/// Completed records not updated for <see cref="Retention"/> are dropped, so a long-running process does not grow
/// without bound; writes in flight or of unknown outcome are kept until resolved.
/// </summary>
public sealed class InMemoryIdempotencyLedger : IIdempotencyLedger
{
    private const int PruneEvery = 1_024;

    private readonly Dictionary<string, IdempotencyRecord> _records = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private int _beginsSincePrune;

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="timeProvider">The clock for timestamps; the system clock when <see langword="null"/>.</param>
    /// <param name="retention">How long a record is kept after its last update, greater than zero; a day when <see langword="null"/>.</param>
    public InMemoryIdempotencyLedger(TimeProvider? timeProvider = null, TimeSpan? retention = null)
    {
        Retention = retention ?? TimeSpan.FromDays(1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Retention, TimeSpan.Zero, nameof(retention));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How long a completed record is kept after its last update (a replay after that sends again).</summary>
    public TimeSpan Retention { get; }

    /// <summary>How many records the ledger holds now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _records.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<IdempotencyRecord?> GetAsync(string operationKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationKey);
        lock (_lock)
        {
            return ValueTask.FromResult(_records.GetValueOrDefault(operationKey));
        }
    }

    /// <inheritdoc />
    public ValueTask<IdempotencyBeginResult> BeginAsync(string operationKey, string operation, string licenseNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationKey);
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentException.ThrowIfNullOrEmpty(licenseNumber);
        DateTimeOffset now = _time.GetUtcNow();
        lock (_lock)
        {
            if (++_beginsSincePrune >= PruneEvery)
            {
                Prune(now);
            }

            if (_records.TryGetValue(operationKey, out IdempotencyRecord? existing) && IsExpired(existing, now))
            {
                _records.Remove(operationKey);
                existing = null;
            }

            if (existing is not null)
            {
                if (existing.State != IdempotencyState.Completed)
                {
                    existing = existing with { Attempts = existing.Attempts + 1, UpdatedAt = now };
                    _records[operationKey] = existing;
                }

                return ValueTask.FromResult(new IdempotencyBeginResult(existing, IsNew: false));
            }

            var record = new IdempotencyRecord
            {
                OperationKey = operationKey,
                Operation = operation,
                LicenseNumber = licenseNumber,
                State = IdempotencyState.InFlight,
                Attempts = 1,
                CreatedAt = now,
                UpdatedAt = now,
            };
            _records[operationKey] = record;
            return ValueTask.FromResult(new IdempotencyBeginResult(record, IsNew: true));
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string operationKey, MetrcWriteResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        Update(operationKey, r => r with { State = IdempotencyState.Completed, Result = result, LastError = null });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask MarkOutcomeUnknownAsync(string operationKey, string reason, CancellationToken cancellationToken = default)
    {
        Update(operationKey, r => r with { State = IdempotencyState.OutcomeUnknown, LastError = reason });
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A completed record past its retention. Writes in flight or of unknown outcome are kept: forgetting them could let
    /// a retry send a write that may already be applied.
    /// </summary>
    private bool IsExpired(IdempotencyRecord record, DateTimeOffset now) =>
        record.State == IdempotencyState.Completed && now - record.UpdatedAt >= Retention;

    /// <summary>Drops every expired record; called under the lock.</summary>
    private void Prune(DateTimeOffset now)
    {
        _beginsSincePrune = 0;
        List<string>? expired = null;
        foreach ((string key, IdempotencyRecord record) in _records)
        {
            if (IsExpired(record, now))
            {
                (expired ??= []).Add(key);
            }
        }

        expired?.ForEach(key => _records.Remove(key));
    }

    private void Update(string operationKey, Func<IdempotencyRecord, IdempotencyRecord> change)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationKey);
        lock (_lock)
        {
            if (!_records.TryGetValue(operationKey, out IdempotencyRecord? record))
            {
                throw new InvalidOperationException($"Operation key '{operationKey}' was never begun.");
            }

            _records[operationKey] = change(record) with { UpdatedAt = _time.GetUtcNow() };
        }
    }
}
