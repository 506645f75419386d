namespace Metrc.Sdk;

/// <summary>
/// A write may or may not have been applied by Metrc (its answer was lost: timeout, dropped connection, 5xx after
/// the request was sent), and it has no natural key the SDK can read back to find out. The SDK does not resend it:
/// check Metrc (or the facility) and decide. <see cref="OperationKey"/> identifies the write in the idempotency ledger.
/// </summary>
public sealed class MetrcOutcomeUnknownException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcOutcomeUnknownException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcOutcomeUnknownException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a write whose outcome cannot be determined.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="operationKey">The write's operation key.</param>
    /// <param name="operation">The operation name (for example <c>Packages.Adjust</c>).</param>
    /// <param name="rowCount">How many rows the write carried.</param>
    /// <param name="innerException">The failure that made the outcome unknown.</param>
    public MetrcOutcomeUnknownException(string message, string operationKey, string operation, int rowCount, Exception? innerException)
        : base(message, innerException)
    {
        OperationKey = operationKey;
        Operation = operation;
        RowCount = rowCount;
    }

    /// <summary>The write's operation key in the idempotency ledger.</summary>
    public string? OperationKey { get; }

    /// <summary>The operation name.</summary>
    public string? Operation { get; }

    /// <summary>How many rows the write carried.</summary>
    public int RowCount { get; }
}
