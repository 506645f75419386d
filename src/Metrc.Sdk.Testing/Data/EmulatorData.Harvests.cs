using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk.Testing.Data;

// Harvest waste records and item brands of a facility; the state-wide lists the harvest and master data writes check.
internal sealed partial class FacilityData
{
    /// <summary>Harvest waste records by id (removed when discontinued).</summary>
    public Dictionary<long, HarvestWasteData> HarvestWastes { get; set; } = [];

    /// <summary>Active item brands by name.</summary>
    public Dictionary<string, NamedData> ItemBrands { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

internal sealed partial class HarvestData
{
    public bool Finished { get; set; }

    public DateOnly? FinishedDate { get; set; }

    public decimal WasteWeight { get; set; }

    public string? DryingSublocation { get; set; }
}

internal sealed class HarvestWasteData
{
    public long Id { get; set; }

    public string HarvestName { get; set; } = string.Empty;

    public string WasteType { get; set; } = string.Empty;

    /// <summary>The weight in the harvest's unit (what was taken from it).</summary>
    public decimal Weight { get; set; }

    public DateOnly ActualDate { get; set; }
}

/// <summary>The lists Metrc keeps per state that the emulator serves and checks against, and the facility seed of this domain.</summary>
internal static class HarvestSeed
{
    /// <summary>Harvest waste types (Metrc's documented examples; a real state lists its own at <c>/harvests/v2/waste/types</c>).</summary>
    public static readonly string[] WasteTypes = ["Plant Material", "Fibrous", "Root Ball"];

    /// <summary>Location types of every emulated facility.</summary>
    public static readonly string[] LocationTypes = ["Default", "Grow Room", "Storage"];

    /// <summary>Item categories that require a strain.</summary>
    public static readonly string[] StrainCategories = ["Buds", "Shake/Trim", "Pre-Roll"];

    /// <summary>Whether items of <paramref name="category"/> must name a strain.</summary>
    public static bool RequiresStrain(string category) => StrainCategories.Contains(category, StringComparer.OrdinalIgnoreCase);

    /// <summary>The quantity kind of a known category, or null.</summary>
    public static QuantityKind? CategoryKind(string? category)
    {
        foreach ((string name, QuantityKind kind) in EmulatorStore.Categories)
        {
            if (string.Equals(name, category, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Seeds the facility's item brands from its items.</summary>
    public static void Seed(EmulatorData data, FacilityData facility, DateTimeOffset now)
    {
        foreach (ItemData item in facility.Items.Values)
        {
            if (item.Brand is { } brand && !facility.ItemBrands.ContainsKey(brand))
            {
                facility.ItemBrands[brand] = new NamedData { Id = ++data.NextId, Name = brand, LastModified = now };
            }
        }
    }
}
