namespace Metrc.Sdk;

// Harvests, the state's harvest waste types and item categories, the facility's item brands and location types.
public sealed partial class MetrcLifecycleSnapshot
{
    /// <summary>The facility's harvests (active and finished), by name.</summary>
    public IReadOnlyDictionary<string, MetrcHarvestInfo>? Harvests { get; init; }

    /// <summary>The state's harvest waste types, by name (compared without case).</summary>
    public IReadOnlySet<string>? HarvestWasteTypes { get; init; }

    /// <summary>The state's item categories, by name (compared without case).</summary>
    public IReadOnlyDictionary<string, MetrcItemCategoryInfo>? ItemCategories { get; init; }

    /// <summary>The facility's active item brands, by name (compared without case).</summary>
    public IReadOnlySet<string>? ItemBrands { get; init; }

    /// <summary>The facility's location types, by name (compared without case).</summary>
    public IReadOnlySet<string>? LocationTypes { get; init; }
}
