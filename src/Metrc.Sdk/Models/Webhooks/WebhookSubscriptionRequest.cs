using System.Text.Json.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>A subscription to create or update (<c>PUT webhooks/v2</c>).</summary>
public sealed record WebhookSubscriptionRequest
{
    /// <summary>The object type to deliver (one of Metrc's 19, for example <c>Package</c>, <c>Plant</c>, <c>Transfer</c>).</summary>
    [JsonPropertyName("objectType")]
    public required string ObjectType { get; init; }

    /// <summary>The https URL callbacks go to. Callbacks are not signed: put an unguessable secret in it.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }

    /// <summary>The HTTP verb of callbacks: <c>PUT</c> or <c>POST</c>.</summary>
    [JsonPropertyName("verb")]
    public required string Verb { get; init; }

    /// <summary>The status to set (for example <c>Active</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>The user key the subscription reads with. A secret: never logged.</summary>
    [JsonPropertyName("userApiKey")]
    public required string UserApiKey { get; init; }

    /// <summary>The vendor (integrator) key. A secret: never logged.</summary>
    [JsonPropertyName("tpiApiKey")]
    public required string TpiApiKey { get; init; }

    /// <summary>Optional fingerprint of the receiver's server public key.</summary>
    [JsonPropertyName("serverPublicKeyFingerprint")]
    public string? ServerPublicKeyFingerprint { get; init; }

    /// <summary>Optional payload template; Metrc's default is <c>{"data":#DATA#, "datacount":#DATACOUNT#}</c>.</summary>
    [JsonPropertyName("template")]
    public string? Template { get; init; }

    /// <summary>Optional template of the body Metrc sends when a callback fails.</summary>
    [JsonPropertyName("errorResponseJsonTemplate")]
    public string? ErrorResponseJsonTemplate { get; init; }

    /// <summary>The licence numbers of the facilities to cover.</summary>
    [JsonPropertyName("facilityLicenseNumbers")]
    public required IReadOnlyList<string> FacilityLicenseNumbers { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"WebhookSubscriptionRequest {{ ObjectType = {ObjectType}, Verb = {Verb}, Facilities = {FacilityLicenseNumbers?.Count ?? 0} }}";
}
