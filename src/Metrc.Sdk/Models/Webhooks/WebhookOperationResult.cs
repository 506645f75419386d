using System.Text.Json.Serialization;

namespace Metrc.Sdk.Models;

/// <summary>What Metrc's webhook host answers to a subscription write; a failure can hide behind a success status.</summary>
public sealed record WebhookOperationResult
{
    /// <summary>The subscription's id, when Metrc returns it.</summary>
    [JsonPropertyName("subscriptionId")]
    public string? SubscriptionId { get; init; }

    /// <summary>Metrc's error, when the write failed despite the status code.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }

    /// <summary>Per-facility results.</summary>
    [JsonPropertyName("facilities")]
    public IReadOnlyList<WebhookFacilityResult>? Facilities { get; init; }
}

/// <summary>The result of a subscription write for one facility.</summary>
public sealed record WebhookFacilityResult
{
    /// <summary>The facility's licence number.</summary>
    [JsonPropertyName("licenseNumber")]
    public string? LicenseNumber { get; init; }

    /// <summary>Whether the keys lack permission for the facility (the subscription does not cover it).</summary>
    [JsonPropertyName("invalidPermission")]
    public bool InvalidPermission { get; init; }
}
