using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: plant batch waste.</summary>
public sealed record PlantBatchWaste
{
    /// <summary>Plant waste number.</summary>
    public string? PlantWasteNumber { get; init; }

    /// <summary>Waste method name.</summary>
    public string? WasteMethodName { get; init; }

    /// <summary>Waste weight.</summary>
    public decimal? WasteWeight { get; init; }

    /// <summary>Waste unit of measure name.</summary>
    public string? WasteUnitOfMeasureName { get; init; }

    /// <summary>Waste reason name.</summary>
    public string? WasteReasonName { get; init; }

    /// <summary>Plant batch id.</summary>
    public long? PlantBatchId { get; init; }

    /// <summary>Plant batch name.</summary>
    public string? PlantBatchName { get; init; }

    /// <summary>Plant count.</summary>
    public int? PlantCount { get; init; }

    /// <summary>Waste date.</summary>
    public LocalDate? WasteDate { get; init; }
}
