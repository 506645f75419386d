using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update sales receipt request.</summary>
public sealed record UpdateSalesReceiptRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Sales date time.</summary>
    public OffsetDateTime? SalesDateTime { get; init; }

    /// <summary>External receipt number.</summary>
    public string? ExternalReceiptNumber { get; init; }

    /// <summary>Sales customer type.</summary>
    public string? SalesCustomerType { get; init; }

    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Caregiver license number.</summary>
    public string? CaregiverLicenseNumber { get; init; }

    /// <summary>Identification method.</summary>
    public string? IdentificationMethod { get; init; }

    /// <summary>Patient registration location id.</summary>
    public long? PatientRegistrationLocationId { get; init; }

    /// <summary>Transactions.</summary>
    public IReadOnlyList<UpdateSalesReceiptRequestTransaction>? Transactions { get; init; }
}
