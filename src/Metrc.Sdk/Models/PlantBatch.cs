using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A group of untagged, immature plants.</summary>
public sealed record PlantBatch
{
    /// <summary>Metrc's id of the batch.</summary>
    public long Id { get; init; }

    /// <summary>The batch name (unique per facility).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary><c>Seed</c> or <c>Clone</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Id of the batch's location.</summary>
    public long? LocationId { get; init; }

    /// <summary>Name of the batch's location.</summary>
    public string? LocationName { get; init; }

    /// <summary>Id of the strain.</summary>
    public long? StrainId { get; init; }

    /// <summary>Name of the strain.</summary>
    public string? StrainName { get; init; }

    /// <summary>Number of plants still untagged in the batch.</summary>
    public int UntrackedCount { get; init; }

    /// <summary>Number of plants tagged out of the batch.</summary>
    public int TrackedCount { get; init; }

    /// <summary>The day the batch was planted. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? PlantedDate { get; init; }

    /// <summary>When Metrc last changed the batch. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? LastModified { get; init; }

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

    /// <summary>How many plants were packaged from the batch.</summary>
    public int? PackagedCount { get; init; }

    /// <summary>How many plants of the batch were destroyed.</summary>
    public int? DestroyedCount { get; init; }

    /// <summary>Metrc id of the package the batch came from, if any.</summary>
    public long? SourcePackageId { get; init; }

    /// <summary>Tag of the package the batch came from, if any.</summary>
    public string? SourcePackageLabel { get; init; }

    /// <summary>Metrc id of the plant the batch came from, if any.</summary>
    public long? SourcePlantId { get; init; }

    /// <summary>Tag of the plant the batch came from, if any.</summary>
    public string? SourcePlantLabel { get; init; }

    /// <summary>Metrc ids of the plant batches merged into this one.</summary>
    public IReadOnlyList<long>? SourcePlantBatchIds { get; init; }

    /// <summary>Names of the plant batches merged into this one, comma separated.</summary>
    public string? SourcePlantBatchNames { get; init; }

    /// <summary>Whether the batch was made from several plant batches.</summary>
    public bool MultiPlantBatch { get; init; }

    /// <summary>Whether it is on hold.</summary>
    public bool IsOnHold { get; init; }

    /// <summary>Whether a state investigation covers it.</summary>
    public bool IsOnInvestigation { get; init; }

    /// <summary>Whether a state investigation has put it on hold.</summary>
    public bool IsOnInvestigationHold { get; init; }

    /// <summary>Whether a state investigation has recalled it.</summary>
    public bool IsOnInvestigationRecall { get; init; }
}

/// <summary>A row of <c>POST /plantbatches/v2/plantings</c>: a new plant batch.</summary>
public sealed record CreatePlantingsRequest
{
    /// <summary>The new batch's name.</summary>
    public required string Name { get; init; }

    /// <summary><c>Seed</c> or <c>Clone</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Number of plants (states may cap it, commonly at 100).</summary>
    public required int Count { get; init; }

    /// <summary>The strain name.</summary>
    public required string Strain { get; init; }

    /// <summary>The location name.</summary>
    public required string Location { get; init; }

    /// <summary>The day of planting. A business date in the facility's calendar (its time zone, not UTC); not after <see cref="MetrcClock.GetToday(string)"/>, which gives today for the facility.</summary>
    public required LocalDate ActualDate { get; init; }

    /// <summary>The patient's licence number in medical programs.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Name of the sublocation inside the location, if the facility uses sublocations.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Names of the source plant batches, comma separated.</summary>
    public string? SourcePlantBatches { get; init; }
}
