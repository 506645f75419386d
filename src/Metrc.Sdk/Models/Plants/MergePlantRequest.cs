using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: merge plant request.</summary>
public sealed record MergePlantRequest
{
    /// <summary>Target plant group label.</summary>
    public string? TargetPlantGroupLabel { get; init; }

    /// <summary>Source plant group label.</summary>
    public string? SourcePlantGroupLabel { get; init; }

    /// <summary>Merge date.</summary>
    public LocalDate? MergeDate { get; init; }
}
