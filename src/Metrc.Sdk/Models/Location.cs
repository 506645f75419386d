namespace Metrc.Sdk.Models;

/// <summary>A location (room, area) of a facility.</summary>
public sealed record Location
{
    /// <summary>Metrc's id of the location.</summary>
    public long Id { get; init; }

    /// <summary>The location name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Id of the location type.</summary>
    public long? LocationTypeId { get; init; }

    /// <summary>Name of the location type.</summary>
    public string? LocationTypeName { get; init; }

    /// <summary>Whether plant batches may be placed here.</summary>
    public bool ForPlantBatches { get; init; }

    /// <summary>Whether plants may be placed here.</summary>
    public bool ForPlants { get; init; }

    /// <summary>Whether harvests may be placed here.</summary>
    public bool ForHarvests { get; init; }

    /// <summary>Whether packages may be placed here.</summary>
    public bool ForPackages { get; init; }
}
