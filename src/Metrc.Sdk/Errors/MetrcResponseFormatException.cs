using System.Net;

namespace Metrc.Sdk;

/// <summary>
/// Metrc (or something in front of it) answered with a body the SDK cannot read: an HTML error page, truncated JSON,
/// or JSON of the wrong shape.
/// </summary>
public sealed class MetrcResponseFormatException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcResponseFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcResponseFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an unreadable response.</summary>
    public MetrcResponseFormatException(string message, HttpStatusCode statusCode, string? requestMethod, string? requestPath, string? contentType, Exception? innerException = null)
        : base(message, statusCode, requestMethod, requestPath, null, null, innerException)
    {
        ContentType = contentType;
    }

    /// <summary>The media type of the unreadable body, when given.</summary>
    public string? ContentType { get; }
}
