namespace Metrc.Sdk.AspNetCore;

/// <summary>What <see cref="MetrcWebhookSubscriber"/> registers with Metrc for one callback.</summary>
public sealed record MetrcWebhookRegistration
{
    /// <summary>The callback's name: the path segment before the secret (letters, digits, <c>-</c>, <c>_</c>, <c>.</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The Metrc object type to subscribe to (for example <c>Package</c>).</summary>
    public required string ObjectType { get; init; }

    /// <summary>
    /// The public https address of the application's webhook endpoints, including the prefix passed to
    /// <c>MapMetrcWebhooks</c> (for example <c>https://app.example.com/metrc/webhooks/</c>). Metrc calls
    /// <c>{CallbackBaseAddress}{Name}/{secret}</c>.
    /// </summary>
    public required Uri CallbackBaseAddress { get; init; }

    /// <summary>The licence numbers of the facilities the subscription covers.</summary>
    public required IReadOnlyList<string> FacilityLicenseNumbers { get; init; }

    /// <summary>The user key Metrc reads the objects with. A secret: never logged.</summary>
    public required string UserApiKey { get; init; }

    /// <summary>The vendor (integrator) key. A secret: never logged.</summary>
    public required string VendorApiKey { get; init; }

    /// <summary>The HTTP verb of callbacks: <c>POST</c> (default) or <c>PUT</c>.</summary>
    public string Verb { get; init; } = "POST";

    /// <summary>The facility copied onto delivered batches, when the subscription covers one facility.</summary>
    public string? LicenseNumber => FacilityLicenseNumbers.Count == 1 ? FacilityLicenseNumbers[0] : null;

    /// <inheritdoc />
    public override string ToString() => $"MetrcWebhookRegistration {{ Name = {Name}, ObjectType = {ObjectType}, Facilities = {FacilityLicenseNumbers.Count} }}";
}
