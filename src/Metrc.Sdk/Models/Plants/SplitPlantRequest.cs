using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: split plant request.</summary>
public sealed record SplitPlantRequest
{
    /// <summary>Split date.</summary>
    public LocalDate? SplitDate { get; init; }

    /// <summary>Source plant label.</summary>
    public string? SourcePlantLabel { get; init; }

    /// <summary>Plant count.</summary>
    public int? PlantCount { get; init; }

    /// <summary>Tag label.</summary>
    public string? TagLabel { get; init; }

    /// <summary>Strain label.</summary>
    public string? StrainLabel { get; init; }
}
