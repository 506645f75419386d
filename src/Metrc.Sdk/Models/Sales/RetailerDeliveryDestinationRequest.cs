using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: retailer delivery destination request.</summary>
public sealed record RetailerDeliveryDestinationRequest
{
    /// <summary>Sales customer type.</summary>
    public string? SalesCustomerType { get; init; }

    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Consumer id.</summary>
    public string? ConsumerId { get; init; }

    /// <summary>Recipient name.</summary>
    public string? RecipientName { get; init; }

    /// <summary>Recipient address street 1.</summary>
    public string? RecipientAddressStreet1 { get; init; }

    /// <summary>Recipient address street 2.</summary>
    public string? RecipientAddressStreet2 { get; init; }

    /// <summary>Recipient address city.</summary>
    public string? RecipientAddressCity { get; init; }

    /// <summary>Recipient address county.</summary>
    public string? RecipientAddressCounty { get; init; }

    /// <summary>Recipient address state.</summary>
    public string? RecipientAddressState { get; init; }

    /// <summary>Recipient address postal code.</summary>
    public string? RecipientAddressPostalCode { get; init; }

    /// <summary>Recipient zone id.</summary>
    public string? RecipientZoneId { get; init; }

    /// <summary>Estimated arrival date time.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>Transactions.</summary>
    public IReadOnlyList<CreateSalesTransaction>? Transactions { get; init; }
}
