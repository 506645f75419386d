using System.Net;

namespace Metrc.Sdk;

/// <summary>
/// Rows of a write were not all applied. The one type to catch for every row rejection: rows the SDK's validators
/// rejected before sending, a 400 from Metrc rejecting all rows (both <see cref="MetrcValidationException"/>), and a
/// write Metrc applied only in part (<see cref="MetrcBatchException"/>, which also says which rows were accepted,
/// failed, may have been applied, or were never sent). <see cref="MetrcException.RowErrors"/> names each rejected row
/// by its position in the rows you passed.
/// </summary>
/// <example>
/// <code>
/// try
/// {
///     await metrc.Packages.CreateAsync(license, rows, cancellationToken: ct);
/// }
/// catch (MetrcRowsException ex)
/// {
///     foreach (MetrcRowError error in ex.RowErrors) { /* fix rows[error.Row] */ }
///     if (ex is MetrcBatchException partial) { /* partial.AcceptedRows are in Metrc: do not resend them */ }
/// }
/// </code>
/// </example>
public abstract class MetrcRowsException : MetrcException
{
    /// <summary>Creates an exception with a message.</summary>
    protected MetrcRowsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    protected MetrcRowsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing rows that were not all applied.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="statusCode">The HTTP status Metrc answered, or <see langword="null"/> when the SDK rejected the rows or no answer was received.</param>
    /// <param name="requestMethod">The HTTP method of the request.</param>
    /// <param name="requestPath">The path and query of the request (contains no secrets).</param>
    /// <param name="metrcMessage">The message from Metrc's response body, if any.</param>
    /// <param name="rowErrors">The rejected rows, indexed by input position.</param>
    /// <param name="innerException">The cause.</param>
    protected MetrcRowsException(
        string message,
        HttpStatusCode? statusCode,
        string? requestMethod,
        string? requestPath,
        string? metrcMessage,
        IReadOnlyList<MetrcRowError>? rowErrors,
        Exception? innerException)
        : base(message, statusCode, requestMethod, requestPath, metrcMessage, rowErrors, innerException)
    {
    }
}
