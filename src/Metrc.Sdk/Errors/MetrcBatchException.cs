using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>
/// A write of many rows was only partly applied: some rows were accepted and others were rejected
/// (<see cref="MetrcException.RowErrors"/>, indexed by input position), failed in flight or were never sent. Nothing
/// accepted is lost: <see cref="AcceptedRows"/> and <see cref="Accepted"/> say what Metrc holds.
/// </summary>
public sealed class MetrcBatchException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcBatchException(string message)
        : this(message, [], [], [], [], MetrcWriteResult.Empty, null)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcBatchException(string message, Exception? innerException)
        : this(message, [], [], [], [], MetrcWriteResult.Empty, innerException)
    {
    }

    /// <summary>Creates the exception for a partly applied write.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="rowErrors">Rejected rows, indexed by input position.</param>
    /// <param name="acceptedRows">Input positions of accepted rows.</param>
    /// <param name="failedRows">Input positions of rows whose request failed without a verdict.</param>
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
        : base(message, (innerException as MetrcException)?.StatusCode, (innerException as MetrcException)?.RequestMethod,
            (innerException as MetrcException)?.RequestPath, (innerException as MetrcException)?.MetrcMessage, rowErrors, innerException)
    {
        AcceptedRows = acceptedRows;
        FailedRows = failedRows;
        NotSentRows = notSentRows;
        Accepted = accepted;
    }

    /// <summary>Input positions of the rows Metrc accepted.</summary>
    public IReadOnlyList<int> AcceptedRows { get; }

    /// <summary>Input positions of rows whose request failed without a verdict (they may need reconciling).</summary>
    public IReadOnlyList<int> FailedRows { get; }

    /// <summary>Input positions of rows never sent.</summary>
    public IReadOnlyList<int> NotSentRows { get; }

    /// <summary>Metrc's ids and warnings for the accepted rows.</summary>
    public MetrcWriteResult Accepted { get; }
}
