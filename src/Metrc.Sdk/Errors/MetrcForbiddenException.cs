using System.Net;

namespace Metrc.Sdk;

/// <summary>Metrc answered 403: the user key lacks permission for the facility, or the integrator is not validated for the state.</summary>
public sealed class MetrcForbiddenException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcForbiddenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcForbiddenException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failed request.</summary>
    public MetrcForbiddenException(string message, string? requestMethod, string? requestPath, string? metrcMessage = null, Exception? innerException = null)
        : base(message, (HttpStatusCode?)HttpStatusCode.Forbidden, requestMethod, requestPath, metrcMessage, null, innerException)
    {
    }
}
