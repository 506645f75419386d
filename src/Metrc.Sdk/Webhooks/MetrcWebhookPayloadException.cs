namespace Metrc.Sdk.Webhooks;

/// <summary>A webhook callback body is not the <c>{"data": [...], "datacount": N}</c> Metrc sends for its object type.</summary>
public sealed class MetrcWebhookPayloadException : MetrcException
{
    /// <summary>Creates the exception.</summary>
    public MetrcWebhookPayloadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public MetrcWebhookPayloadException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
