using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: record plant waste request.</summary>
public sealed record RecordPlantWasteRequest
{
    /// <summary>Waste method name.</summary>
    public string? WasteMethodName { get; init; }

    /// <summary>Mixed material.</summary>
    public string? MixedMaterial { get; init; }

    /// <summary>Waste weight.</summary>
    public decimal? WasteWeight { get; init; }

    /// <summary>Unit of measure name.</summary>
    public string? UnitOfMeasureName { get; init; }

    /// <summary>Reason name.</summary>
    public string? ReasonName { get; init; }

    /// <summary>Note.</summary>
    public string? Note { get; init; }

    /// <summary>Location name.</summary>
    public string? LocationName { get; init; }

    /// <summary>Sublocation name.</summary>
    public string? SublocationName { get; init; }

    /// <summary>Waste date.</summary>
    public LocalDate? WasteDate { get; init; }

    /// <summary>Plant labels.</summary>
    public IReadOnlyList<string>? PlantLabels { get; init; }
}
