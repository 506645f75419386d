using System.Net;

namespace Metrc.Sdk;

/// <summary>
/// Rows were rejected and none was applied: either Metrc answered 400, or the SDK's validators caught the problem before
/// sending (<see cref="IsClientSide"/>). Both carry the same <see cref="MetrcException.RowErrors"/> shape. When Metrc
/// rejected only some rows and applied the others, the write ends in <see cref="MetrcBatchException"/> instead; catch
/// <see cref="MetrcRowsException"/> to handle both.
/// </summary>
public sealed class MetrcValidationException : MetrcRowsException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a 400 answer or a client-side validation failure.</summary>
    /// <param name="message">The full message.</param>
    /// <param name="requestMethod">The HTTP method.</param>
    /// <param name="requestPath">The path and query.</param>
    /// <param name="metrcMessage">Metrc's message when the body was not a row list.</param>
    /// <param name="rowErrors">The rejected rows.</param>
    /// <param name="isClientSide"><see langword="true"/> when raised by the SDK's validators before sending.</param>
    public MetrcValidationException(
        string message,
        string? requestMethod,
        string? requestPath,
        string? metrcMessage,
        IReadOnlyList<MetrcRowError>? rowErrors,
        bool isClientSide = false)
        : base(message, isClientSide ? null : HttpStatusCode.BadRequest, requestMethod, requestPath, metrcMessage, rowErrors, null)
    {
        IsClientSide = isClientSide;
    }

    /// <summary><see langword="true"/> when the SDK rejected the rows before sending them; nothing reached Metrc.</summary>
    public bool IsClientSide { get; }
}
