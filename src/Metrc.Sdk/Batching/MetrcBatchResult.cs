using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>What happened to one row of a batched write.</summary>
public enum MetrcRowStatus : byte
{
    /// <summary>The row was never sent (the write stopped or was canceled first).</summary>
    NotSent = 0,

    /// <summary>Metrc accepted the row.</summary>
    Succeeded = 1,

    /// <summary>Metrc rejected the row (see <see cref="MetrcRowOutcome{T}.Message"/>).</summary>
    Rejected = 2,

    /// <summary>
    /// The row's request failed and Metrc did not apply it (authentication, permission, a refused connection, ...); see
    /// <see cref="MetrcBatchResult{T}.Error"/>. Safe to send again once the cause is fixed.
    /// </summary>
    Failed = 3,

    /// <summary>
    /// The row's request may have been applied, but its answer was lost (timeout, dropped connection, 5xx, a 2xx whose
    /// body could not be read); see <see cref="MetrcBatchResult{T}.Error"/>. Read the row back from Metrc before sending it again.
    /// </summary>
    OutcomeUnknown = 4,
}

/// <summary>One input row of a batched write and what happened to it.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Index">Zero-based position of the row in the caller's input.</param>
/// <param name="Row">The row as the caller passed it.</param>
/// <param name="Status">What happened to it.</param>
/// <param name="Id">Metrc's id for the row, when Metrc returned one id per row.</param>
/// <param name="Message">Metrc's message for a rejected or failed row.</param>
public readonly record struct MetrcRowOutcome<T>(int Index, T Row, MetrcRowStatus Status, long? Id = null, string? Message = null);

/// <summary>
/// The result of a batched write: every input row's outcome in input order, plus Metrc's ids and warnings. Rows Metrc
/// rejected are outcomes, not exceptions; <see cref="EnsureSuccess"/> turns an incomplete result into an exception.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class MetrcBatchResult<T>
{
    internal MetrcBatchResult(
        IReadOnlyList<MetrcRowOutcome<T>> rows, IReadOnlyList<long> ids, IReadOnlyList<string> warnings, IReadOnlyList<MetrcRowError> rowErrors, int requests, Exception? error, bool canceled)
    {
        RowErrors = rowErrors;
        Rows = rows;
        Ids = ids;
        Warnings = warnings;
        Requests = requests;
        Error = error;
        Canceled = canceled;
        foreach (MetrcRowOutcome<T> row in rows)
        {
            switch (row.Status)
            {
                case MetrcRowStatus.Succeeded: SucceededCount++; break;
                case MetrcRowStatus.Rejected: RejectedCount++; break;
                case MetrcRowStatus.Failed: FailedCount++; break;
                case MetrcRowStatus.OutcomeUnknown: OutcomeUnknownCount++; break;
                default: NotSentCount++; break;
            }
        }
    }

    /// <summary>Every input row's outcome, in input order.</summary>
    public IReadOnlyList<MetrcRowOutcome<T>> Rows { get; }

    /// <summary>The ids Metrc returned, in input order of the rows they belong to.</summary>
    public IReadOnlyList<long> Ids { get; }

    /// <summary>Metrc's warnings, in the order of the requests' first rows.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Requests sent (chunks plus resubmissions and halves).</summary>
    public int Requests { get; }

    /// <summary>The failure that stopped the write (server, transport, authentication, the caller's row source), if any.</summary>
    public Exception? Error { get; }

    /// <summary>Whether the write stopped because it was canceled; in-flight requests were completed first.</summary>
    public bool Canceled { get; }

    /// <summary>Rows Metrc accepted.</summary>
    public int SucceededCount { get; }

    /// <summary>Rows Metrc rejected.</summary>
    public int RejectedCount { get; }

    /// <summary>Rows whose request failed and was not applied.</summary>
    public int FailedCount { get; }

    /// <summary>Rows whose request may have been applied but whose answer was lost.</summary>
    public int OutcomeUnknownCount { get; }

    /// <summary>Rows never sent.</summary>
    public int NotSentCount { get; }

    /// <summary>Whether every row was accepted and the write ran to the end of the input.</summary>
    public bool IsSuccess => SucceededCount == Rows.Count && Error is null && !Canceled;

    /// <summary>
    /// Why rows were rejected, in the shape of a Metrc 400 but indexed by input position (with Metrc's field and rule
    /// code when it gave them); a row may have several.
    /// </summary>
    public IReadOnlyList<MetrcRowError> RowErrors { get; }

    /// <summary>The accepted part as a plain write result.</summary>
    public MetrcWriteResult ToWriteResult() => Ids.Count == 0 && Warnings.Count == 0 ? MetrcWriteResult.Empty : new() { Ids = Ids, Warnings = Warnings };

    /// <summary>Returns this result when every row was accepted; throws otherwise.</summary>
    /// <exception cref="MetrcBatchException">Some rows were not accepted; the exception says which.</exception>
    public MetrcBatchResult<T> EnsureSuccess() => IsSuccess ? this : throw ToException();

    internal MetrcBatchException ToException()
    {
        var accepted = new List<int>(SucceededCount);
        var failed = new List<int>(FailedCount);
        var unknown = new List<int>(OutcomeUnknownCount);
        var notSent = new List<int>(NotSentCount);
        foreach (MetrcRowOutcome<T> row in Rows)
        {
            (row.Status switch
            {
                MetrcRowStatus.Succeeded => accepted,
                MetrcRowStatus.Failed => failed,
                MetrcRowStatus.OutcomeUnknown => unknown,
                MetrcRowStatus.NotSent => notSent,
                _ => null,
            })?.Add(row.Index);
        }

        string message = $"The write was not completed: {SucceededCount} of {Rows.Count} row(s) accepted, {RejectedCount} rejected, "
            + $"{FailedCount} failed, {(OutcomeUnknownCount > 0 ? $"{OutcomeUnknownCount} of unknown outcome (may have been applied: read them back before resending), " : string.Empty)}"
            + $"{NotSentCount} not sent{(Canceled ? " (canceled)" : string.Empty)}."
            + (Error is null ? string.Empty : $" {Error.Message}");
        return new MetrcBatchException(message, RowErrors, accepted, failed, unknown, notSent, ToWriteResult(), Error);
    }
}
