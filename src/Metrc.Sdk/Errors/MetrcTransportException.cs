namespace Metrc.Sdk;

/// <summary>
/// No usable answer was received: the connection failed or dropped, the call timed out, or the circuit breaker is open.
/// When <see cref="MayHaveReachedServer"/> is <see langword="true"/> a write's outcome is unknown and must be
/// reconciled before it is sent again.
/// </summary>
public class MetrcTransportException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcTransportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcTransportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a request that got no answer.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="requestMethod">The HTTP method.</param>
    /// <param name="requestPath">The path and query.</param>
    /// <param name="mayHaveReachedServer">Whether the request may have been received (and applied) by Metrc.</param>
    /// <param name="innerException">The cause.</param>
    public MetrcTransportException(string message, string? requestMethod, string? requestPath, bool mayHaveReachedServer, Exception? innerException = null)
        : base(message, null, requestMethod, requestPath, null, null, innerException)
    {
        MayHaveReachedServer = mayHaveReachedServer;
    }

    /// <summary>Whether the request may have reached Metrc (and a write may have been applied).</summary>
    public bool MayHaveReachedServer { get; }
}
