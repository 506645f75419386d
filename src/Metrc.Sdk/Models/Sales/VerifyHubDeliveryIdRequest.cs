namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: verify hub delivery id request.</summary>
public sealed record VerifyHubDeliveryIdRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Payment type.</summary>
    public string? PaymentType { get; init; }
}
