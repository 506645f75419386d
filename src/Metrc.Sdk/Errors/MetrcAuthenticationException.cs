using System.Net;

namespace Metrc.Sdk;

/// <summary>Metrc answered 401: the vendor or user key is wrong, expired or revoked. Re-check the keys; do not retry with the same ones.</summary>
public sealed class MetrcAuthenticationException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failed request.</summary>
    public MetrcAuthenticationException(string message, string? requestMethod, string? requestPath, string? metrcMessage = null, Exception? innerException = null)
        : base(message, (HttpStatusCode?)HttpStatusCode.Unauthorized, requestMethod, requestPath, metrcMessage, null, innerException)
    {
    }
}
