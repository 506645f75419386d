using System.Text.Json.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>A webhook subscription as Metrc's webhook host reports it.</summary>
public sealed record WebhookSubscription
{
    /// <summary>The subscription's id (used by enable, disable and delete).</summary>
    [JsonPropertyName("subscriptionId")]
    public string? SubscriptionId { get; init; }

    /// <summary>The object type the subscription delivers (for example <c>Package</c>).</summary>
    [JsonPropertyName("objectType")]
    public string? ObjectType { get; init; }

    /// <summary>The https URL callbacks go to; it should carry an unguessable secret, since callbacks are not signed.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>The HTTP verb of callbacks: <c>PUT</c> or <c>POST</c>.</summary>
    [JsonPropertyName("verb")]
    public string? Verb { get; init; }

    /// <summary>The subscription's status (for example <c>Active</c> or <c>Inactive</c>).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>The payload template (default <c>{"data":#DATA#, "datacount":#DATACOUNT#}</c>).</summary>
    [JsonPropertyName("template")]
    public string? Template { get; init; }

    /// <summary>The licence numbers of the facilities the subscription covers.</summary>
    [JsonPropertyName("facilityLicenseNumbers")]
    public IReadOnlyList<string>? FacilityLicenseNumbers { get; init; }
}
