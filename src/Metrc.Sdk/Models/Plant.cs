using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A tagged plant.</summary>
public sealed record Plant
{
    /// <summary>Metrc's id of the plant.</summary>
    public long Id { get; init; }

    /// <summary>The plant tag.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The plant's state (for example <c>Tracked</c>).</summary>
    public string? State { get; init; }

    /// <summary>The growth phase (<c>Vegetative</c>, <c>Flowering</c>, ...).</summary>
    public string? GrowthPhase { get; init; }

    /// <summary>Id of the plant batch the plant came from.</summary>
    public long? PlantBatchId { get; init; }

    /// <summary>Name of the plant batch the plant came from.</summary>
    public string? PlantBatchName { get; init; }

    /// <summary>Id of the strain.</summary>
    public long? StrainId { get; init; }

    /// <summary>Name of the strain.</summary>
    public string? StrainName { get; init; }

    /// <summary>Id of the plant's location.</summary>
    public long? LocationId { get; init; }

    /// <summary>Name of the plant's location.</summary>
    public string? LocationName { get; init; }

    /// <summary>The day the plant was planted. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? PlantedDate { get; init; }

    /// <summary>The day the plant entered the vegetative phase. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? VegetativeDate { get; init; }

    /// <summary>The day the plant entered the flowering phase. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? FloweringDate { get; init; }

    /// <summary>The day the plant was harvested, if it was. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? HarvestedDate { get; init; }

    /// <summary>The day the plant was destroyed, if it was. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? DestroyedDate { get; init; }

    /// <summary>When Metrc last changed the plant. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? LastModified { get; init; }
}
