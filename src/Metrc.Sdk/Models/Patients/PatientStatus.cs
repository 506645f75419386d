using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: patient status.</summary>
public sealed record PatientStatus
{
    /// <summary>Patient license number.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Identification method.</summary>
    public string? IdentificationMethod { get; init; }

    /// <summary>Registration number.</summary>
    public string? RegistrationNumber { get; init; }

    /// <summary>Active.</summary>
    public bool Active { get; init; }

    /// <summary>Flower ounces allowed.</summary>
    public decimal? FlowerOuncesAllowed { get; init; }

    /// <summary>Thc ounces allowed.</summary>
    public decimal? ThcOuncesAllowed { get; init; }

    /// <summary>Concentrate ounces allowed.</summary>
    public decimal? ConcentrateOuncesAllowed { get; init; }

    /// <summary>Infused ounces allowed.</summary>
    public decimal? InfusedOuncesAllowed { get; init; }

    /// <summary>Flower ounces purchased.</summary>
    public decimal? FlowerOuncesPurchased { get; init; }

    /// <summary>Thc ounces purchased.</summary>
    public decimal? ThcOuncesPurchased { get; init; }

    /// <summary>Concentrate ounces purchased.</summary>
    public decimal? ConcentrateOuncesPurchased { get; init; }

    /// <summary>Infused ounces purchased.</summary>
    public decimal? InfusedOuncesPurchased { get; init; }

    /// <summary>Flower ounces available.</summary>
    public decimal? FlowerOuncesAvailable { get; init; }

    /// <summary>Thc ounces available.</summary>
    public decimal? ThcOuncesAvailable { get; init; }

    /// <summary>Concentrate ounces available.</summary>
    public decimal? ConcentrateOuncesAvailable { get; init; }

    /// <summary>Infused ounces available.</summary>
    public decimal? InfusedOuncesAvailable { get; init; }

    /// <summary>Purchase amount days.</summary>
    public decimal? PurchaseAmountDays { get; init; }

    /// <summary>Patient license expiration date.</summary>
    public LocalDate? PatientLicenseExpirationDate { get; init; }

    /// <summary>Patient registration start date.</summary>
    public LocalDate? PatientRegistrationStartDate { get; init; }
}
