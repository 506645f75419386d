namespace Metrc.Sdk;

/// <summary>
/// A write may or may not have been applied by Metrc: its answer was lost (timeout, dropped connection, 5xx after the
/// request was sent, a 2xx whose body could not be read), and the SDK could not find out by reading the rows back (they
/// have no natural key, or the read-back itself failed). The SDK does not resend it. <see cref="Rows"/> names the rows in
/// question; read them back from Metrc (or check the facility) before sending them again. With
/// <see cref="MetrcClientOptions.IdempotentWrites"/> on, the ledger records the write as of unknown outcome under
/// <see cref="OperationKey"/>, so the next attempt with the same rows reconciles before it sends anything.
/// </summary>
public sealed class MetrcOutcomeUnknownException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcOutcomeUnknownException(string message)
        : base(message)
    {
        Rows = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcOutcomeUnknownException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Rows = [];
    }

    /// <summary>Creates the exception for a write whose outcome cannot be determined.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="operationKey">The write's operation key in the idempotency ledger, when it has one.</param>
    /// <param name="operation">The operation name (for example <c>Packages.Adjust</c>).</param>
    /// <param name="rowCount">How many rows the write carried (all of them are in question).</param>
    /// <param name="innerException">The failure that made the outcome unknown.</param>
    public MetrcOutcomeUnknownException(string message, string? operationKey, string operation, int rowCount, Exception? innerException)
        : this(message, operationKey, operation, AllRows(rowCount), innerException)
    {
    }

    /// <summary>Creates the exception for a write whose outcome cannot be determined, naming the rows in question.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="operationKey">The write's operation key in the idempotency ledger, when it has one.</param>
    /// <param name="operation">The operation name (for example <c>Packages.Adjust</c>).</param>
    /// <param name="rows">Input positions of the rows that may have been applied.</param>
    /// <param name="innerException">The failure that made the outcome unknown.</param>
    public MetrcOutcomeUnknownException(string message, string? operationKey, string operation, IReadOnlyList<int> rows, Exception? innerException)
        : base(message, (innerException as MetrcException)?.StatusCode, (innerException as MetrcException)?.RequestMethod,
            (innerException as MetrcException)?.RequestPath, (innerException as MetrcException)?.MetrcMessage, null, innerException)
    {
        ArgumentNullException.ThrowIfNull(rows);
        OperationKey = operationKey;
        Operation = operation;
        Rows = rows;
    }

    /// <summary>The write's operation key in the idempotency ledger, when it has one.</summary>
    public string? OperationKey { get; }

    /// <summary>The operation name.</summary>
    public string? Operation { get; }

    /// <summary>How many rows may have been applied (<see cref="Rows"/>.Count).</summary>
    public int RowCount => Rows.Count;

    /// <summary>Input positions (in the rows you passed) of the rows that may have been applied.</summary>
    public IReadOnlyList<int> Rows { get; }

    private static int[] AllRows(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        int[] rows = new int[count];
        for (int i = 0; i < count; i++)
        {
            rows[i] = i;
        }

        return rows;
    }
}
