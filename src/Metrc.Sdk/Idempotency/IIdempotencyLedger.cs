using Metrc.Sdk.Models;

namespace Metrc.Sdk.Idempotency;

/// <summary>
/// Durable memory of writes: intent is recorded before a write is sent and the outcome after, so a write retried
/// after a crash, a timeout or a lost answer is recognised and never applied twice. Implementations must make
/// <see cref="BeginAsync"/> atomic across processes that share the store.
/// </summary>
public interface IIdempotencyLedger
{
    /// <summary>The record of <paramref name="operationKey"/>, or <see langword="null"/> when the key is unknown.</summary>
    ValueTask<IdempotencyRecord?> GetAsync(string operationKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the intent to send a write. When the key is new, stores it as <see cref="IdempotencyState.InFlight"/> with
    /// one attempt; when it is known and not completed, counts another attempt. Returns the record as stored and whether
    /// it was new: a known in-flight record means an earlier attempt's outcome must be reconciled before sending.
    /// </summary>
    ValueTask<IdempotencyBeginResult> BeginAsync(string operationKey, string operation, string licenseNumber, CancellationToken cancellationToken = default);

    /// <summary>Records that Metrc accepted the write, with its answer.</summary>
    ValueTask CompleteAsync(string operationKey, MetrcWriteResult result, CancellationToken cancellationToken = default);

    /// <summary>Records that the write's outcome cannot be determined.</summary>
    ValueTask MarkOutcomeUnknownAsync(string operationKey, string reason, CancellationToken cancellationToken = default);
}

/// <summary>What <see cref="IIdempotencyLedger.BeginAsync"/> found.</summary>
/// <param name="Record">The record as stored after the call.</param>
/// <param name="IsNew">Whether the key was unknown before the call.</param>
public readonly record struct IdempotencyBeginResult(IdempotencyRecord Record, bool IsNew);
