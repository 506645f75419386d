using Metrc.Sdk.Models;

namespace Metrc.Sdk.Idempotency;

/// <summary>An idempotency ledger in process memory: for tests and short-lived tools (lost on restart).</summary>
public sealed class InMemoryIdempotencyLedger : IIdempotencyLedger
{
    private readonly Dictionary<string, IdempotencyRecord> _records = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="timeProvider">The clock for timestamps; the system clock when <see langword="null"/>.</param>
    public InMemoryIdempotencyLedger(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
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
            if (_records.TryGetValue(operationKey, out IdempotencyRecord? existing))
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
