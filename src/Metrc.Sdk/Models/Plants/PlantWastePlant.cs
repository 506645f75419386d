namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: plant waste plant.</summary>
public sealed record PlantWastePlant
{
    /// <summary>Plant waste id.</summary>
    public long? PlantWasteId { get; init; }

    /// <summary>Plant id.</summary>
    public long? PlantId { get; init; }

    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>State name.</summary>
    public string? StateName { get; init; }

    /// <summary>Growth phase.</summary>
    public int? GrowthPhase { get; init; }

    /// <summary>Location id.</summary>
    public long? LocationId { get; init; }

    /// <summary>Location name.</summary>
    public string? LocationName { get; init; }

    /// <summary>Sublocation id.</summary>
    public long? SublocationId { get; init; }

    /// <summary>Sublocation name.</summary>
    public string? SublocationName { get; init; }

    /// <summary>Waste amount.</summary>
    public decimal? WasteAmount { get; init; }

    /// <summary>Waste unit of measure abbreviation.</summary>
    public string? WasteUnitOfMeasureAbbreviation { get; init; }
}
