namespace Metrc.Sdk.Lifecycle;

/// <summary>The plant phase rules: immature → vegetative → flowering → harvested; destroy from any living phase; never back.</summary>
public static class PlantLifecycle
{
    /// <summary>Whether a plant in <paramref name="from"/> may be moved to <paramref name="to"/>.</summary>
    public static bool CanChangePhase(PlantGrowthPhase from, PlantGrowthPhase to) => (from, to) switch
    {
        (PlantGrowthPhase.Immature, PlantGrowthPhase.Vegetative) => true,
        (PlantGrowthPhase.Vegetative, PlantGrowthPhase.Flowering) => true,
        (PlantGrowthPhase.Flowering, PlantGrowthPhase.Harvested) => true,
        (PlantGrowthPhase.Immature or PlantGrowthPhase.Vegetative or PlantGrowthPhase.Flowering, PlantGrowthPhase.Destroyed) => true,
        _ => false,
    };

    /// <summary>Whether a plant in <paramref name="phase"/> may be harvested or manicured.</summary>
    public static bool CanHarvest(PlantGrowthPhase phase) => phase == PlantGrowthPhase.Flowering;

    /// <summary>Whether a plant in <paramref name="phase"/> is alive (can still be moved, changed or destroyed).</summary>
    public static bool IsAlive(PlantGrowthPhase phase) => phase is PlantGrowthPhase.Immature or PlantGrowthPhase.Vegetative or PlantGrowthPhase.Flowering;

    /// <summary>Parses Metrc's growth phase names (<c>Vegetative</c>, <c>Flowering</c>, ...), case-insensitively.</summary>
    public static bool TryParsePhase(string? name, out PlantGrowthPhase phase) =>
        Enum.TryParse(name, ignoreCase: true, out phase) && Enum.IsDefined(phase);
}
