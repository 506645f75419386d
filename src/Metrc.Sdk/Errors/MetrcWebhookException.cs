namespace Metrc.Sdk;

/// <summary>
/// Metrc's webhook host answered with a success status but reported a failure in the body (<c>errorMessage</c>) or a
/// facility the keys have no permission for (<c>facilities[].invalidPermission</c>).
/// </summary>
public sealed class MetrcWebhookException : MetrcException
{
    /// <summary>Creates the exception with a message.</summary>
    public MetrcWebhookException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MetrcWebhookException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a webhook answer.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="requestMethod">The HTTP method.</param>
    /// <param name="requestPath">The route.</param>
    /// <param name="metrcMessage">Metrc's <c>errorMessage</c>, if any.</param>
    /// <param name="facilitiesWithoutPermission">Licence numbers Metrc reported as lacking permission.</param>
    public MetrcWebhookException(string message, string requestMethod, string requestPath, string? metrcMessage, IReadOnlyList<string> facilitiesWithoutPermission)
        : base(message, null, requestMethod, requestPath, metrcMessage, null, null)
    {
        FacilitiesWithoutPermission = facilitiesWithoutPermission;
    }

    /// <summary>Licence numbers Metrc reported with <c>invalidPermission</c>.</summary>
    public IReadOnlyList<string> FacilitiesWithoutPermission { get; } = [];
}
