using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: record additive by location request.</summary>
public sealed record RecordAdditiveByLocationRequest
{
    /// <summary>Additive type.</summary>
    public string? AdditiveType { get; init; }

    /// <summary>Product trade name.</summary>
    public string? ProductTradeName { get; init; }

    /// <summary>Epa registration number.</summary>
    public string? EpaRegistrationNumber { get; init; }

    /// <summary>Product supplier.</summary>
    public string? ProductSupplier { get; init; }

    /// <summary>Application device.</summary>
    public string? ApplicationDevice { get; init; }

    /// <summary>Total amount applied.</summary>
    public decimal? TotalAmountApplied { get; init; }

    /// <summary>Total amount unit of measure.</summary>
    public string? TotalAmountUnitOfMeasure { get; init; }

    /// <summary>Active ingredients.</summary>
    public IReadOnlyList<AdditiveIngredient>? ActiveIngredients { get; init; }

    /// <summary>Location name.</summary>
    public string? LocationName { get; init; }

    /// <summary>Sublocation name.</summary>
    public string? SublocationName { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
