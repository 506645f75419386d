using System.Net;

namespace Metrc.Sdk;

/// <summary>
/// Metrc answered 5xx. For a write the outcome is unknown: the server may have applied it before failing.
/// </summary>
public sealed class MetrcServerException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcServerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcServerException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a 5xx answer.</summary>
    public MetrcServerException(string message, HttpStatusCode statusCode, string? requestMethod, string? requestPath, string? metrcMessage = null)
        : base(message, statusCode, requestMethod, requestPath, metrcMessage)
    {
    }
}
