using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: harvest waste.</summary>
public sealed record HarvestWaste
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Waste type name.</summary>
    public string? WasteTypeName { get; init; }

    /// <summary>Waste weight.</summary>
    public decimal? WasteWeight { get; init; }

    /// <summary>Unit of weight name.</summary>
    public string? UnitOfWeightName { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
