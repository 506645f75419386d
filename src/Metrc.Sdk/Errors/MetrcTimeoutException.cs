namespace Metrc.Sdk;

/// <summary>The call did not complete within its attempt or total timeout. A write's outcome is unknown.</summary>
public sealed class MetrcTimeoutException : MetrcTransportException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a request that timed out.</summary>
    public MetrcTimeoutException(string message, string? requestMethod, string? requestPath, TimeSpan? timeout, Exception? innerException = null)
        : base(message, requestMethod, requestPath, mayHaveReachedServer: true, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that elapsed, when known.</summary>
    public TimeSpan? Timeout { get; }
}
