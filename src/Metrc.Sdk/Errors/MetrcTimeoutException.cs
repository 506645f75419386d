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
        : this(message, requestMethod, requestPath, timeout, mayHaveReachedServer: true, innerException)
    {
    }

    private MetrcTimeoutException(string message, string? requestMethod, string? requestPath, TimeSpan? timeout, bool mayHaveReachedServer, Exception? innerException)
        : base(message, requestMethod, requestPath, mayHaveReachedServer, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that elapsed, when known.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>Creates the exception saying whether any attempt of the call reached Metrc before the deadline.</summary>
    internal static MetrcTimeoutException Create(string message, string method, string path, TimeSpan? timeout, bool mayHaveReachedServer, Exception innerException) =>
        new(message, method, path, timeout, mayHaveReachedServer, innerException);
}
