using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>
/// A write of many rows was only partly applied: some rows were accepted and others were rejected
/// (<see cref="MetrcException.RowErrors"/>, indexed by input position), failed, may have been applied without an answer
/// (<see cref="OutcomeUnknownRows"/>) or were never sent. Nothing accepted is lost: <see cref="AcceptedRows"/> and
/// <see cref="Accepted"/> say what Metrc holds. Catch <see cref="MetrcRowsException"/> to handle this and
/// <see cref="MetrcValidationException"/> (every row rejected) in one place.
/// </summary>
public sealed class MetrcBatchException : MetrcRowsException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcBatchException(string message)
        : this(message, [], [], [], [], [], MetrcWriteResult.Empty, null)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcBatchException(string message, Exception? innerException)
        : this(message, [], [], [], [], [], MetrcWriteResult.Empty, innerException)
    {
    }

    /// <summary>Creates the exception for a partly applied write.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="rowErrors">Rejected rows, indexed by input position.</param>
    /// <param name="acceptedRows">Input positions of accepted rows.</param>
    /// <param name="failedRows">Input positions of rows whose request failed without being applied.</param>
    /// <param name="notSentRows">Input positions of rows never sent.</param>
    /// <param name="accepted">Metrc's ids and warnings for the accepted rows.</param>
    /// <param name="innerException">The failure that stopped the write, if any.</param>
    public MetrcBatchException(
        string message,
        IReadOnlyList<MetrcRowError> rowErrors,
        IReadOnlyList<int> acceptedRows,
        IReadOnlyList<int> failedRows,
        IReadOnlyList<int> notSentRows,
        MetrcWriteResult accepted,
        Exception? innerException)
        : this(message, rowErrors, acceptedRows, failedRows, [], notSentRows, accepted, innerException)
    {
    }

    /// <summary>Creates the exception for a partly applied write, naming the rows that may have been applied.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="rowErrors">Rejected rows, indexed by input position.</param>
    /// <param name="acceptedRows">Input positions of accepted rows.</param>
    /// <param name="failedRows">Input positions of rows whose request failed without being applied.</param>
    /// <param name="outcomeUnknownRows">Input positions of rows whose request may have been applied but whose answer was lost.</param>
    /// <param name="notSentRows">Input positions of rows never sent.</param>
    /// <param name="accepted">Metrc's ids and warnings for the accepted rows.</param>
    /// <param name="innerException">The failure that stopped the write, if any.</param>
    public MetrcBatchException(
        string message,
        IReadOnlyList<MetrcRowError> rowErrors,
        IReadOnlyList<int> acceptedRows,
        IReadOnlyList<int> failedRows,
        IReadOnlyList<int> outcomeUnknownRows,
        IReadOnlyList<int> notSentRows,
        MetrcWriteResult accepted,
        Exception? innerException)
        : base(message, (innerException as MetrcException)?.StatusCode, (innerException as MetrcException)?.RequestMethod,
            (innerException as MetrcException)?.RequestPath, (innerException as MetrcException)?.MetrcMessage, rowErrors, innerException)
    {
        AcceptedRows = acceptedRows;
        FailedRows = failedRows;
        OutcomeUnknownRows = outcomeUnknownRows;
        NotSentRows = notSentRows;
        Accepted = accepted;
    }

    /// <summary>Input positions of the rows Metrc accepted.</summary>
    public IReadOnlyList<int> AcceptedRows { get; }

    /// <summary>
    /// Input positions of rows whose request failed and was not applied (refused before sending, or answered with an
    /// error such as 401 or 403): safe to send again once the cause is fixed.
    /// </summary>
    public IReadOnlyList<int> FailedRows { get; }

    /// <summary>
    /// Input positions of rows whose request may have been applied but whose answer was lost (timeout, dropped
    /// connection, 5xx, an unreadable 2xx body). Read them back from Metrc (by tag, label or external id) before sending
    /// them again; with <see cref="MetrcClientOptions.IdempotentWrites"/> on, the next attempt does that for you.
    /// </summary>
    public IReadOnlyList<int> OutcomeUnknownRows { get; }

    /// <summary>Input positions of rows never sent.</summary>
    public IReadOnlyList<int> NotSentRows { get; }

    /// <summary>Metrc's ids and warnings for the accepted rows.</summary>
    public MetrcWriteResult Accepted { get; }
}
