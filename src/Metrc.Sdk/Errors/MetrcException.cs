using System.Net;

namespace Metrc.Sdk;

/// <summary>
/// The root of every error the SDK raises for a Metrc call. Carries the HTTP status, the request method and path
/// (never keys), Metrc's message and any row errors. Catch a subtype when the reaction differs.
/// </summary>
public class MetrcException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public MetrcException(string message)
        : base(message)
    {
        RowErrors = [];
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public MetrcException(string message, Exception? innerException)
        : base(message, innerException)
    {
        RowErrors = [];
    }

    /// <summary>Creates an exception describing a failed Metrc request.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="statusCode">The HTTP status Metrc answered, or <see langword="null"/> when no answer was received.</param>
    /// <param name="requestMethod">The HTTP method of the request.</param>
    /// <param name="requestPath">The path and query of the request (contains no secrets).</param>
    /// <param name="metrcMessage">The message from Metrc's response body, if any.</param>
    /// <param name="rowErrors">Row errors from a 400 response or client-side validation.</param>
    /// <param name="innerException">The cause.</param>
    public MetrcException(
        string message,
        HttpStatusCode? statusCode,
        string? requestMethod,
        string? requestPath,
        string? metrcMessage = null,
        IReadOnlyList<MetrcRowError>? rowErrors = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        RequestMethod = requestMethod;
        RequestPath = requestPath;
        MetrcMessage = metrcMessage;
        RowErrors = rowErrors ?? [];
    }

    /// <summary>The HTTP status Metrc answered; <see langword="null"/> when no response was received.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The HTTP method of the failed request (for example <c>POST</c>).</summary>
    public string? RequestMethod { get; }

    /// <summary>The path and query of the failed request. Never contains credentials.</summary>
    public string? RequestPath { get; }

    /// <summary>The message Metrc put in its response body, if any.</summary>
    public string? MetrcMessage { get; }

    /// <summary>Per-row errors (row index in the submitted array + message); empty when the error is not about rows.</summary>
    public IReadOnlyList<MetrcRowError> RowErrors { get; }
}
