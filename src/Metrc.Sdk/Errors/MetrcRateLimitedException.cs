using System.Net;

namespace Metrc.Sdk;

/// <summary>
/// Metrc answered 429 (too many requests) and the retry budget is spent, or the client-side throttle refused to queue
/// the request. <see cref="RetryAfter"/> says when to try again if Metrc said so.
/// </summary>
public sealed class MetrcRateLimitedException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a 429 answer (or a client-side rejection when <paramref name="isClientSide"/>).</summary>
    public MetrcRateLimitedException(
        string message,
        string? requestMethod,
        string? requestPath,
        string? metrcMessage,
        TimeSpan? retryAfter,
        bool isClientSide = false,
        Exception? innerException = null)
        : base(message, isClientSide ? null : HttpStatusCode.TooManyRequests, requestMethod, requestPath, metrcMessage, null, innerException)
    {
        RetryAfter = retryAfter;
        IsClientSide = isClientSide;
    }

    /// <summary>How long Metrc asked to wait (from <c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary><see langword="true"/> when the SDK's own throttle refused the request; it was not sent.</summary>
    public bool IsClientSide { get; }
}
