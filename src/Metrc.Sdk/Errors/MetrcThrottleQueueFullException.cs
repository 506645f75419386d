namespace Metrc.Sdk;

/// <summary>
/// Too many requests are already waiting for the client-side rate limit of a vendor key or facility
/// (<see cref="MetrcThrottlingOptions.QueueLimit"/>); nothing was sent. Slow down the caller or raise the limit.
/// </summary>
public sealed class MetrcThrottleQueueFullException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcThrottleQueueFullException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcThrottleQueueFullException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a request that could not be queued.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="requestMethod">The HTTP method.</param>
    /// <param name="requestPath">The path and query (no secrets).</param>
    public MetrcThrottleQueueFullException(string message, string? requestMethod, string? requestPath)
        : base(message, null, requestMethod, requestPath)
    {
    }
}
