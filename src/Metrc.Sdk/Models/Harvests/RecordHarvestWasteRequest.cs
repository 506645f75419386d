using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: record harvest waste request.</summary>
public sealed record RecordHarvestWasteRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Waste type.</summary>
    public string? WasteType { get; init; }

    /// <summary>Unit of weight.</summary>
    public string? UnitOfWeight { get; init; }

    /// <summary>Waste weight.</summary>
    public decimal? WasteWeight { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
