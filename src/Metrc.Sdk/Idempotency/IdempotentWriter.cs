using Metrc.Sdk.Models;

namespace Metrc.Sdk.Idempotency;

/// <summary>
/// Sends a write so that it is applied at most once: intent is recorded in the ledger before sending and the answer
/// after; a completed key replays its recorded answer; after an ambiguous failure (lost answer) the rows' natural keys
/// are read back from Metrc and only the rows that do not exist are sent again. A write without natural keys is never
/// resent after an ambiguous failure: it surfaces as <see cref="MetrcOutcomeUnknownException"/>.
/// </summary>
internal sealed class IdempotentWriter(IIdempotencyLedger ledger, TimeProvider? timeProvider = null)
{
    private static readonly AsyncLocal<bool> s_sending = new();
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Whether the current call runs inside a writer's send (so a nested write method does not enter the ledger again).</summary>
    public static bool IsSending => s_sending.Value;

    /// <summary>Default send rounds (first send plus reconcile-and-resend rounds) before giving up; the ledger keeps the write in flight for a later retry.</summary>
    public const int DefaultMaxRounds = 3;

    public async Task<MetrcWriteResult> WriteAsync<TRow>(IdempotentWrite<TRow> write, CancellationToken cancellationToken)
    {
        IReadOnlyList<TRow> rows = write.Rows;
        IMetrcWriteReconciler<TRow>? reconciler = write.Reconciler;
        string[]? keys = null;
        if (reconciler is not null)
        {
            keys = new string[rows.Count];
            for (int i = 0; i < rows.Count; i++)
            {
                keys[i] = reconciler.GetNaturalKey(rows[i]);
            }
        }

        string operationKey = write.OperationKey
            ?? (keys is not null ? OperationKeys.Derive(write.Operation, write.LicenseNumber, keys) : null)
            ?? throw new ArgumentException(
                $"{write.Operation} has no natural key to derive an operation key from; pass MetrcRequestOptions.OperationKey.", nameof(write));

        IdempotencyBeginResult begin = await ledger.BeginAsync(operationKey, write.Operation, write.LicenseNumber, cancellationToken).ConfigureAwait(false);
        switch (begin.Record.State)
        {
            case IdempotencyState.Completed:
                return begin.Record.Result ?? MetrcWriteResult.Empty;
            case IdempotencyState.OutcomeUnknown when keys is null:
                throw OutcomeUnknown(write, operationKey, Pending(rows.Count, []), begin.Record.LastError, null);

                // An unknown outcome with natural keys is reconciled below (the record is not new) before anything is sent.
        }

        // Rows known to exist in Metrc, by index, with their ids when known.
        var applied = new Dictionary<int, long?>();
        bool mustReconcile = !begin.IsNew;
        Exception? last = null;
        for (int round = 0; round < write.MaxRounds; round++)
        {
            if (mustReconcile)
            {
                if (keys is null)
                {
                    if (!write.IsIdempotentMethod)
                    {
                        string reason = last?.Message ?? "An earlier attempt of this write did not record its outcome.";
                        await ledger.MarkOutcomeUnknownAsync(operationKey, reason, cancellationToken).ConfigureAwait(false);
                        throw OutcomeUnknown(write, operationKey, Pending(rows.Count, applied), reason, last);
                    }
                }
                else
                {
                    await ReconcileOrGiveUpAsync(write, operationKey, keys, begin.Record.CreatedAt, applied, last, cancellationToken).ConfigureAwait(false);
                }
            }

            List<int> pending = Pending(rows.Count, applied);
            if (pending.Count == 0)
            {
                return await CompleteAsync(operationKey, rows.Count, applied, null, null, cancellationToken).ConfigureAwait(false);
            }

            var toSend = new List<TRow>(pending.Count);
            foreach (int index in pending)
            {
                toSend.Add(rows[index]);
            }

            try
            {
                MetrcWriteResult result = await SendAsync(write, toSend, cancellationToken).ConfigureAwait(false);
                return await CompleteAsync(operationKey, rows.Count, applied, pending, result, cancellationToken).ConfigureAwait(false);
            }
            catch (MetrcValidationException ex) when (mustReconcile || round > 0 || !begin.IsNew)
            {
                // A 400 on a resend ("tag ... is not available") can mean an earlier attempt did apply those rows.
                // Reconciliation decides; rows that still do not exist are genuinely rejected.
                if (keys is null)
                {
                    throw;
                }

                int before = applied.Count;
                await ReconcileOrGiveUpAsync(write, operationKey, keys, begin.Record.CreatedAt, applied, ex, cancellationToken).ConfigureAwait(false);
                if (applied.Count == before)
                {
                    throw;
                }

                last = ex;
                mustReconcile = false;
            }
            catch (Exception ex) when (IsAmbiguous(ex))
            {
                last = ex;
                mustReconcile = true;
                if (keys is null && !write.IsIdempotentMethod)
                {
                    await ledger.MarkOutcomeUnknownAsync(operationKey, ex.Message, cancellationToken).ConfigureAwait(false);
                    throw OutcomeUnknown(write, operationKey, pending, ex.Message, ex);
                }
            }
        }

        // Still unresolved: the ledger keeps the write in flight, so the next attempt (a retry, the outbox) reconciles first.
        if (last is not null && IsAmbiguous(last) && last is not MetrcOutcomeUnknownException)
        {
            throw OutcomeUnknown(write, operationKey, Pending(rows.Count, applied), last.Message, last);
        }

        throw last!;
    }

    /// <summary>
    /// Reads the rows' natural keys back after an attempt whose outcome is open. When the read-back itself fails (the
    /// circuit opened, a timeout, ...), what Metrc holds cannot be known: the ledger records the write as of unknown
    /// outcome (the next attempt reconciles before sending) and the write ends in <see cref="MetrcOutcomeUnknownException"/>
    /// naming the rows in question, never in the read-back's own "not sent".
    /// </summary>
    private async Task ReconcileOrGiveUpAsync<TRow>(
        IdempotentWrite<TRow> write, string operationKey, string[] keys, DateTimeOffset firstAttemptAt, Dictionary<int, long?> applied, Exception? cause, CancellationToken cancellationToken)
    {
        try
        {
            await ReconcileAsync(write, keys, firstAttemptAt, applied, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MetrcException && ex is not MetrcRowsException)
        {
            string reason = $"an earlier attempt may have been applied ({cause?.Message ?? "its outcome was not recorded"}), and reading the rows back failed: {ex.Message}";
            await ledger.MarkOutcomeUnknownAsync(operationKey, reason, CancellationToken.None).ConfigureAwait(false);
            throw OutcomeUnknown(write, operationKey, Pending(keys.Length, applied), reason, ex);
        }
    }

    private static async Task<MetrcWriteResult> SendAsync<TRow>(IdempotentWrite<TRow> write, List<TRow> rows, CancellationToken cancellationToken)
    {
        // The flag flows into the send and not back out: an async method's changes to AsyncLocal stay inside it.
        s_sending.Value = true;
        return await write.Send(rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether a failure leaves it open if Metrc applied the write.</summary>
    public static bool IsAmbiguous(Exception exception) => Errors.MetrcOutcomes.MayHaveBeenApplied(exception);

    private async Task ReconcileAsync<TRow>(
        IdempotentWrite<TRow> write, string[] keys, DateTimeOffset firstAttemptAt, Dictionary<int, long?> applied, CancellationToken cancellationToken)
    {
        var unknown = new List<string>();
        for (int i = 0; i < keys.Length; i++)
        {
            if (!applied.ContainsKey(i))
            {
                unknown.Add(keys[i]);
            }
        }

        if (unknown.Count == 0)
        {
            return;
        }

        IReadOnlyDictionary<string, long?> existing = await write.Reconciler!.FindExistingAsync(
            write.Client, new MetrcReconcileRequest { LicenseNumber = write.LicenseNumber, NaturalKeys = unknown, FirstAttemptAt = firstAttemptAt, CheckedAt = _time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < keys.Length; i++)
        {
            if (!applied.ContainsKey(i) && existing.TryGetValue(keys[i], out long? id))
            {
                applied[i] = id;
            }
        }
    }

    private static List<int> Pending(int count, Dictionary<int, long?> applied)
    {
        var pending = new List<int>(count - applied.Count);
        for (int i = 0; i < count; i++)
        {
            if (!applied.ContainsKey(i))
            {
                pending.Add(i);
            }
        }

        return pending;
    }

    private async Task<MetrcWriteResult> CompleteAsync(
        string operationKey, int rowCount, Dictionary<int, long?> applied, List<int>? sent, MetrcWriteResult? answer, CancellationToken cancellationToken)
    {
        MetrcWriteResult result;
        if (applied.Count == 0 && answer is not null)
        {
            result = answer;
        }
        else
        {
            // Merge ids in row order when every row's id is known: reconciled ids plus the ids of the rows just sent.
            if (sent is not null && answer is not null && answer.Ids.Count == sent.Count)
            {
                for (int i = 0; i < sent.Count; i++)
                {
                    applied[sent[i]] = answer.Ids[i];
                }
            }

            var ids = new List<long>(rowCount);
            for (int i = 0; i < rowCount; i++)
            {
                if (applied.TryGetValue(i, out long? id) && id is { } value)
                {
                    ids.Add(value);
                }
                else
                {
                    ids.Clear();
                    break;
                }
            }

            result = new MetrcWriteResult { Ids = ids, Warnings = answer?.Warnings ?? [] };
        }

        await ledger.CompleteAsync(operationKey, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static MetrcOutcomeUnknownException OutcomeUnknown<TRow>(IdempotentWrite<TRow> write, string operationKey, IReadOnlyList<int> rows, string? reason, Exception? inner) =>
        new($"The outcome of {write.Operation} for {write.LicenseNumber} ({rows.Count} of {write.Rows.Count} row(s), operation key {operationKey}) is unknown"
            + (write.Reconciler is null ? " and it has no natural key to check" : string.Empty)
            + $"; it was not resent. Cause: {reason}",
            operationKey, write.Operation, rows, inner is MetrcOutcomeUnknownException { InnerException: { } wireCause } ? wireCause : inner);
}

/// <summary>One write handed to <see cref="IdempotentWriter"/>.</summary>
internal sealed record IdempotentWrite<TRow>
{
    public required IMetrcClient Client { get; init; }

    public required string Operation { get; init; }

    public required string LicenseNumber { get; init; }

    public required IReadOnlyList<TRow> Rows { get; init; }

    public string? OperationKey { get; init; }

    public IMetrcWriteReconciler<TRow>? Reconciler { get; init; }

    /// <summary>Send rounds in this call; 1 when the caller retries later itself (the outbox backs off between attempts).</summary>
    public int MaxRounds { get; init; } = IdempotentWriter.DefaultMaxRounds;

    /// <summary>PUT/DELETE: resending is safe even without natural keys.</summary>
    public bool IsIdempotentMethod { get; init; }

    public required Func<IReadOnlyList<TRow>, CancellationToken, Task<MetrcWriteResult>> Send { get; init; }
}
