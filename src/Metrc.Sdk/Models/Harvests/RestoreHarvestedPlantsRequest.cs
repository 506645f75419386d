namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: restore harvested plants request.</summary>
public sealed record RestoreHarvestedPlantsRequest
{
    /// <summary>Harvest id.</summary>
    public long? HarvestId { get; init; }

    /// <summary>Plant tags.</summary>
    public IReadOnlyList<string>? PlantTags { get; init; }
}
