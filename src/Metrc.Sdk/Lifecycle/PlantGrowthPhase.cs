namespace Metrc.Sdk.Lifecycle;

/// <summary>Where a plant is in its life. The order is the only direction a plant may move.</summary>
public enum PlantGrowthPhase
{
    /// <summary>Untagged, in a plant batch.</summary>
    Immature = 0,

    /// <summary>Tagged and vegetative.</summary>
    Vegetative = 1,

    /// <summary>Tagged and flowering; the only phase that may be harvested or manicured.</summary>
    Flowering = 2,

    /// <summary>Harvested (no longer alive).</summary>
    Harvested = 3,

    /// <summary>Destroyed (no longer alive).</summary>
    Destroyed = 4,
}
