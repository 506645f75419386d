using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update patient request.</summary>
public sealed record UpdatePatientRequest
{
    /// <summary>License number.</summary>
    public string? LicenseNumber { get; init; }

    /// <summary>New license number.</summary>
    public string? NewLicenseNumber { get; init; }

    /// <summary>License effective start date.</summary>
    public LocalDate? LicenseEffectiveStartDate { get; init; }

    /// <summary>License effective end date.</summary>
    public LocalDate? LicenseEffectiveEndDate { get; init; }

    /// <summary>Recommended plants.</summary>
    public int? RecommendedPlants { get; init; }

    /// <summary>Recommended smokable quantity.</summary>
    public decimal? RecommendedSmokableQuantity { get; init; }

    /// <summary>Flower ounces allowed.</summary>
    public string? FlowerOuncesAllowed { get; init; }

    /// <summary>Thc ounces allowed.</summary>
    public string? ThcOuncesAllowed { get; init; }

    /// <summary>Concentrate ounces allowed.</summary>
    public string? ConcentrateOuncesAllowed { get; init; }

    /// <summary>Infused ounces allowed.</summary>
    public string? InfusedOuncesAllowed { get; init; }

    /// <summary>Max flower thc percent allowed.</summary>
    public decimal? MaxFlowerThcPercentAllowed { get; init; }

    /// <summary>Max concentrate thc percent allowed.</summary>
    public decimal? MaxConcentrateThcPercentAllowed { get; init; }

    /// <summary>Whether it has sales limit exemption.</summary>
    public bool? HasSalesLimitExemption { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
