using System.Text.Json;
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

    /// <summary>How many strains the harvest came from.</summary>
    public int? SourceStrainCount { get; init; }

    /// <summary>Names of the strains the harvest came from, comma separated.</summary>
    public string? SourceStrainNames { get; init; }

    /// <summary>Strains of the harvested plants, as Metrc sends them.</summary>
    public IReadOnlyList<JsonElement>? Strains { get; init; }

    /// <summary>Metrc id of the sublocation it dries in, if any.</summary>
    public long? DryingSublocationId { get; init; }

    /// <summary>Name of the sublocation it dries in, if any.</summary>
    public string? DryingSublocationName { get; init; }

    /// <summary>Type of the drying location.</summary>
    public string? DryingLocationTypeName { get; init; }

    /// <summary>Licence number of the patient this record is tied to (medical programs); empty otherwise.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Weight restored to plants after the harvest was recorded, in the harvest’s unit of weight.</summary>
    public decimal? TotalRestoredWeight { get; init; }

    /// <summary>How many packages were made from it.</summary>
    public int? PackageCount { get; init; }

    /// <summary>Lab testing state; values Metrc adds later read as unknown, not an error.</summary>
    public LabTestingState? LabTestingState { get; init; }

    /// <summary>Day the lab testing state last changed (facility-local calendar day).</summary>
    public LocalDate? LabTestingStateDate { get; init; }

    /// <summary>Whether a state investigation covers it.</summary>
    public bool IsOnInvestigation { get; init; }

    /// <summary>Whether a state investigation has put it on hold.</summary>
    public bool IsOnInvestigationHold { get; init; }

    /// <summary>Whether a state investigation has recalled it.</summary>
    public bool IsOnInvestigationRecall { get; init; }

    /// <summary>Day it was finished (facility-local calendar day).</summary>
    public LocalDate? FinishedDate { get; init; }

    /// <summary>Day it was archived (facility-local calendar day).</summary>
    public LocalDate? ArchivedDate { get; init; }
}
