using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A harvest batch.</summary>
public sealed record Harvest
{
    /// <summary>Metrc's id of the harvest.</summary>
    public long Id { get; init; }

    /// <summary>The harvest name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary><c>WholePlant</c> or <c>Manicure</c>.</summary>
    public string? HarvestType { get; init; }

    /// <summary>Id of the drying location.</summary>
    public long? DryingLocationId { get; init; }

    /// <summary>Name of the drying location.</summary>
    public string? DryingLocationName { get; init; }

    /// <summary>Current weight left to package.</summary>
    public decimal CurrentWeight { get; init; }

    /// <summary>Total waste recorded.</summary>
    public decimal TotalWasteWeight { get; init; }

    /// <summary>Total wet weight at harvest.</summary>
    public decimal TotalWetWeight { get; init; }

    /// <summary>Total weight packaged so far.</summary>
    public decimal TotalPackagedWeight { get; init; }

    /// <summary>Number of plants harvested.</summary>
    public int PlantCount { get; init; }

    /// <summary>Unit of the weights (for example <c>Grams</c>).</summary>
    public string? UnitOfWeightName { get; init; }

    /// <summary>The day the harvest started. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? HarvestStartDate { get; init; }

    /// <summary>Whether the harvest is on hold.</summary>
    public bool IsOnHold { get; init; }

    /// <summary>When Metrc last changed the harvest. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? LastModified { get; init; }
}
