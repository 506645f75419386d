namespace Metrc.Sdk.AspNetCore;

/// <summary>
/// One webhook subscription's callback: Metrc calls <c>{prefix}/{Name}/{secret}</c>, and the callback is accepted only
/// when the secret is one of <see cref="Secrets"/>.
/// </summary>
public sealed class MetrcWebhookEndpoint
{
    /// <summary>The path segment naming this callback (letters, digits, <c>-</c>, <c>_</c>, <c>.</c>; not secret).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The subscription's Metrc object type (e.g. <c>Package</c>); picks the model the body is read into.</summary>
    public string ObjectType { get; set; } = string.Empty;

    /// <summary>The facility the subscription is for, copied onto delivered batches; optional.</summary>
    public string? LicenseNumber { get; set; }

    /// <summary>
    /// The accepted secrets: normally one; two while a rotation is in progress (the new one registered with Metrc, the
    /// old one still accepted for callbacks already on their way). At least 16 characters each.
    /// </summary>
    public IList<string> Secrets { get; } = [];
}
