using System.Net;

namespace Metrc.Sdk;

/// <summary>Metrc answered 413: the request body was too large; send fewer rows per request.</summary>
public sealed class MetrcPayloadTooLargeException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcPayloadTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcPayloadTooLargeException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failed request.</summary>
    public MetrcPayloadTooLargeException(string message, string? requestMethod, string? requestPath, string? metrcMessage = null, Exception? innerException = null)
        : base(message, (HttpStatusCode?)HttpStatusCode.RequestEntityTooLarge, requestMethod, requestPath, metrcMessage, null, innerException)
    {
    }
}
