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

    /// <summary>Most plants one group tag may cover.</summary>
    public int? GroupTagTypeMax { get; init; }

    /// <summary>Most plants one tag of this type may cover.</summary>
    public int? TagTypeMax { get; init; }

    /// <summary>Metrc id of the plant batch type.</summary>
    public long? PlantBatchTypeId { get; init; }

    /// <summary>Plant batch type (for example Seed or Clone).</summary>
    public string? PlantBatchTypeName { get; init; }

    /// <summary>Type of the location holding it (a facility-defined location type).</summary>
    public string? LocationTypeName { get; init; }

    /// <summary>Metrc id of the sublocation inside the location, if any.</summary>
    public long? SublocationId { get; init; }

    /// <summary>Name of the sublocation inside the location, if any.</summary>
    public string? SublocationName { get; init; }

    /// <summary>Licence number of the patient this record is tied to (medical programs); empty otherwise.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Metrc id of the harvest it belongs to, if any.</summary>
    public long? HarvestId { get; init; }

    /// <summary>Unit of the harvested wet weight.</summary>
    public string? HarvestedUnitOfWeightName { get; init; }

    /// <summary>Abbreviation of the unit of the harvested wet weight.</summary>
    public string? HarvestedUnitOfWeightAbbreviation { get; init; }

    /// <summary>Wet weight the plant gave at harvest, in the harvested unit of weight.</summary>
    public decimal? HarvestedWetWeight { get; init; }

    /// <summary>How many times the plant has been harvested.</summary>
    public int? HarvestCount { get; init; }

    /// <summary>Whether it is on hold.</summary>
    public bool IsOnHold { get; init; }

    /// <summary>Whether a state investigation covers it.</summary>
    public bool IsOnInvestigation { get; init; }

    /// <summary>Whether a state investigation has put it on hold.</summary>
    public bool IsOnInvestigationHold { get; init; }

    /// <summary>Whether a state investigation has recalled it.</summary>
    public bool IsOnInvestigationRecall { get; init; }

    /// <summary>Note recorded when the plant was destroyed.</summary>
    public string? DestroyedNote { get; init; }

    /// <summary>Name of the user who destroyed the plant.</summary>
    public string? DestroyedByUserName { get; init; }

    /// <summary>Day the plant became a mother plant (facility-local calendar day).</summary>
    public LocalDate? MotherPlantDate { get; init; }

    /// <summary>How many clones were taken from the plant.</summary>
    public int? ClonedCount { get; init; }

    /// <summary>How many of its clones survived.</summary>
    public int? SurvivedCount { get; init; }

    /// <summary>How many plants descend from it.</summary>
    public int? DescendedCount { get; init; }
}
