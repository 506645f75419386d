namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: location type.</summary>
public sealed record LocationType
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>For plant batches.</summary>
    public bool ForPlantBatches { get; init; }

    /// <summary>For plants.</summary>
    public bool ForPlants { get; init; }

    /// <summary>For harvests.</summary>
    public bool ForHarvests { get; init; }

    /// <summary>For packages.</summary>
    public bool ForPackages { get; init; }
}
