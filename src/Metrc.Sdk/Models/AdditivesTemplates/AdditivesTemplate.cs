using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: additives template.</summary>
public sealed record AdditivesTemplate
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Facility id.</summary>
    public long? FacilityId { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Additive type.</summary>
    public string? AdditiveType { get; init; }

    /// <summary>Additive type name.</summary>
    public string? AdditiveTypeName { get; init; }

    /// <summary>Application device.</summary>
    public string? ApplicationDevice { get; init; }

    /// <summary>Epa registration number.</summary>
    public string? EpaRegistrationNumber { get; init; }

    /// <summary>Note.</summary>
    public string? Note { get; init; }

    /// <summary>Product supplier.</summary>
    public string? ProductSupplier { get; init; }

    /// <summary>Product trade name.</summary>
    public string? ProductTradeName { get; init; }

    /// <summary>Restrictive entry interval quantity description.</summary>
    public decimal? RestrictiveEntryIntervalQuantityDescription { get; init; }

    /// <summary>Restrictive entry interval time description.</summary>
    public string? RestrictiveEntryIntervalTimeDescription { get; init; }

    /// <summary>Active ingredients.</summary>
    public IReadOnlyList<AdditiveIngredient>? ActiveIngredients { get; init; }

    /// <summary>Last modified.</summary>
    public OffsetDateTime? LastModified { get; init; }

    /// <summary>Whether active.</summary>
    public bool IsActive { get; init; }
}
