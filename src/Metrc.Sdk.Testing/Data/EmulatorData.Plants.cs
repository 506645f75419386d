using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk.Testing.Data;

// The waste methods and reasons Metrc lists, and the additives and waste recorded against plant batches and plants.
internal sealed partial class FacilityData
{
    public Dictionary<string, NamedData> WasteMethods { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, NamedData> WasteReasons { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<PlantRecordData> PlantAdditives { get; set; } = [];

    public List<PlantRecordData> PlantWaste { get; set; } = [];
}

/// <summary>An additive application or a waste record of plant batches, plants or a location.</summary>
internal sealed class PlantRecordData
{
    public long Id { get; set; }

    /// <summary>What the record is about: a batch name, plant tags, or a location.</summary>
    public List<string> Targets { get; set; } = [];

    /// <summary>The product or template applied, or the waste method.</summary>
    public string What { get; set; } = string.Empty;

    /// <summary>The waste reason (waste records only).</summary>
    public string? Reason { get; set; }

    public decimal Amount { get; set; }

    public string Unit { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public DateTimeOffset LastModified { get; set; }
}

/// <summary>Seeds what plant writes need: Metrc's waste methods and reasons, two additives templates and a clone item.</summary>
internal static class PlantSeed
{
    /// <summary>Waste methods a state lists (California's Compost, Self-Haul and Waste-Hauler, and the common Grinder).</summary>
    public static readonly string[] WasteMethods = ["Grinder", "Compost", "Self-Haul", "Waste-Hauler"];

    /// <summary>Waste reasons a state lists.</summary>
    public static readonly string[] WasteReasons = ["Contamination", "Damage", "Failure to Thrive", "Male Plants", "Mandated Destruction", "Pesticides", "Pruning"];

    public static readonly string[] AdditivesTemplates = ["Veg Nutrients", "Pest Control"];

    public static void Seed(EmulatorData data, FacilityData facility, DateTimeOffset now)
    {
        Add(data, facility.WasteMethods, WasteMethods, now);
        Add(data, facility.WasteReasons, WasteReasons, now);
        Add(data, facility.AdditivesTemplates, AdditivesTemplates, now);
        facility.Items["Clones"] = new ItemData { Id = ++data.NextId, Name = "Clones", Category = "Clone", Kind = QuantityKind.Count, DefaultUnit = "Each", LastModified = now };
    }

    private static void Add(EmulatorData data, Dictionary<string, NamedData> into, string[] names, DateTimeOffset now)
    {
        foreach (string name in names)
        {
            into[name] = new NamedData { Id = ++data.NextId, Name = name, LastModified = now };
        }
    }
}
