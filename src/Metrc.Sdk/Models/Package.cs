using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A package as Metrc reports it.</summary>
public sealed record Package
{
    /// <summary>Metrc's id of the package.</summary>
    public long Id { get; init; }

    /// <summary>The package tag (24 characters).</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The package type (for example <c>Product</c>).</summary>
    public string? PackageType { get; init; }

    /// <summary>Id of the location holding the package.</summary>
    public long? LocationId { get; init; }

    /// <summary>Name of the location holding the package.</summary>
    public string? LocationName { get; init; }

    /// <summary>Current quantity.</summary>
    public decimal Quantity { get; init; }

    /// <summary>Unit of <see cref="Quantity"/> (for example <c>Grams</c>).</summary>
    public string? UnitOfMeasureName { get; init; }

    /// <summary>Id of the item (product) packaged.</summary>
    public long? ItemId { get; init; }

    /// <summary>The item (product) packaged.</summary>
    public Item? Item { get; init; }

    /// <summary>Names of the harvests the package came from.</summary>
    public string? SourceHarvestNames { get; init; }

    /// <summary>The day the package was created. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? PackagedDate { get; init; }

    /// <summary>Lab testing state (for example <c>TestPassed</c>).</summary>
    public string? LabTestingState { get; init; }

    /// <summary>Whether the package is on hold.</summary>
    public bool IsOnHold { get; init; }

    /// <summary>Whether the package is finished (inactive); a finished package cannot be sold until unfinished.</summary>
    public bool IsFinished { get; init; }

    /// <summary>The day the package was finished. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? FinishedDate { get; init; }

    /// <summary>Whether the package is in transit on a transfer.</summary>
    public bool IsInTransit { get; init; }

    /// <summary>The caller's external id for the package, if set.</summary>
    public string? ExternalId { get; init; }

    /// <summary>When Metrc last changed the package. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? LastModified { get; init; }
}
