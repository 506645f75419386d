using System.Net;

namespace Metrc.Sdk;

/// <summary>Metrc answered 404: the resource (package, plant, endpoint in this state...) does not exist.</summary>
public sealed class MetrcNotFoundException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failed request.</summary>
    public MetrcNotFoundException(string message, string? requestMethod, string? requestPath, string? metrcMessage = null, Exception? innerException = null)
        : base(message, (HttpStatusCode?)HttpStatusCode.NotFound, requestMethod, requestPath, metrcMessage, null, innerException)
    {
    }
}
