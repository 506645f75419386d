using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: patient.</summary>
public sealed record Patient
{
    /// <summary>Patient id.</summary>
    public long? PatientId { get; init; }

    /// <summary>License number.</summary>
    public string? LicenseNumber { get; init; }

    /// <summary>Registration date.</summary>
    public LocalDate? RegistrationDate { get; init; }

    /// <summary>License effective start date.</summary>
    public LocalDate? LicenseEffectiveStartDate { get; init; }

    /// <summary>License effective end date.</summary>
    public LocalDate? LicenseEffectiveEndDate { get; init; }

    /// <summary>Recommended plants.</summary>
    public int? RecommendedPlants { get; init; }

    /// <summary>Recommended smokable quantity.</summary>
    public decimal? RecommendedSmokableQuantity { get; init; }

    /// <summary>Whether it has sales limit exemption.</summary>
    public bool HasSalesLimitExemption { get; init; }

    /// <summary>Other facilities count.</summary>
    public int? OtherFacilitiesCount { get; init; }
}
