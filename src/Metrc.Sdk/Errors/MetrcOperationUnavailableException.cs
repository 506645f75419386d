namespace Metrc.Sdk;

/// <summary>
/// The operation is not offered in the client's state according to the SDK's catalogue; nothing was sent. When Metrc
/// has added it to the state since, allow it with <see cref="MetrcClientOptions.AllowedUnlistedOperations"/>.
/// </summary>
public sealed class MetrcOperationUnavailableException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcOperationUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcOperationUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an operation and a state.</summary>
    /// <param name="operationName">The operation, for example <c>ProcessingJobs.ListActive</c>.</param>
    /// <param name="requestMethod">The HTTP method.</param>
    /// <param name="route">The route.</param>
    /// <param name="state">The client's state.</param>
    public MetrcOperationUnavailableException(string operationName, string requestMethod, string route, MetrcState state)
        : base(
            $"{operationName} ({requestMethod} {route}) is not offered in {MetrcStates.GetCode(state).ToUpperInvariant()} according to the SDK's catalogue; nothing was sent. If Metrc offers it there now, add \"{operationName}\" to MetrcClientOptions.AllowedUnlistedOperations.",
            null, requestMethod, route, null, null, null)
    {
        OperationName = operationName;
        State = state;
    }

    /// <summary>The operation's name.</summary>
    public string? OperationName { get; }

    /// <summary>The client's state.</summary>
    public MetrcState? State { get; }
}
