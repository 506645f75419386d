using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;

namespace Metrc.Sdk.Testing.Rules;

// Harvest checks (by id or name, open, weight left across the rows of one request) and new names of master data.
internal sealed partial class RowChecks
{
    private readonly Dictionary<HarvestData, decimal> _harvestTaken = [];
    private readonly HashSet<string> _newNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A value that must be present.</summary>
    public bool RequiredValue<T>(int row, string field, T? value)
        where T : struct
    {
        if (value.HasValue)
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
        return false;
    }

    /// <summary>The harvest a row names by id or, failing that, by name (one is required).</summary>
    public HarvestData? Harvest(int row, string idField, long? id, string? nameField = null, string? name = null)
    {
        if (id is null && string.IsNullOrWhiteSpace(name))
        {
            Errors.Add(row, MetrcRuleCodes.Required, nameField is null ? $"{idField} is required." : $"{idField} or {nameField} is required.");
            return null;
        }

        HarvestData? harvest = id is { } key
            ? Facility.Harvests.Values.FirstOrDefault(h => h.Id == key)
            : Facility.Harvests.GetValueOrDefault(name!);
        if (harvest is null)
        {
            Errors.Add(row, MetrcRuleCodes.HarvestNotFound, $"Harvest {(id is { } k ? k.ToString(System.Globalization.CultureInfo.InvariantCulture) : name)} was not found.");
        }

        return harvest;
    }

    /// <summary>The harvest must not be finished.</summary>
    public bool OpenHarvest(int row, HarvestData harvest)
    {
        if (HarvestLifecycle.CheckOpen(harvest.Finished) is not { } code)
        {
            return true;
        }

        Errors.Add(row, code, $"Harvest {harvest.Name} is finished; unfinish it first.");
        return false;
    }

    /// <summary>The weight must not exceed what the harvest has left after the earlier rows of this request; returns it in the harvest's unit.</summary>
    public decimal? HarvestWeight(int row, HarvestData harvest, decimal weight, string? unit)
    {
        if (!HarvestLifecycle.TryConvertWeight(weight, unit, harvest.Unit, out decimal taken))
        {
            Errors.Add(row, MetrcRuleCodes.UnitIncompatible, $"Unit of weight '{unit}' is not a weight unit.");
            return null;
        }

        decimal before = _harvestTaken.GetValueOrDefault(harvest);
        if (before + taken > harvest.CurrentWeight)
        {
            Errors.Add(row, MetrcRuleCodes.QuantityExceedsAvailable, $"Harvest {harvest.Name} has {harvest.CurrentWeight - before} {harvest.Unit} left, less than {weight} {unit}.");
            return null;
        }

        _harvestTaken[harvest] = before + taken;
        return taken;
    }

    /// <summary>A required new name: not taken in <paramref name="existing"/> (except by <paramref name="self"/>) nor earlier in this request.</summary>
    public bool NewName(int row, string field, string? name, Dictionary<string, NamedData> existing, string code, string what, NamedData? self = null) =>
        NewName(row, field, name, n => existing.TryGetValue(n, out NamedData? other) && other != self, code, what);

    /// <summary>A required new name that <paramref name="taken"/> says is free and that appears once in this request.</summary>
    public bool NewName(int row, string field, string? name, Func<string, bool> taken, string code, string what)
    {
        if (!Required(row, field, name))
        {
            return false;
        }

        if (!taken(name!) && _newNames.Add(name!))
        {
            return true;
        }

        Errors.Add(row, code, $"{what} named '{name}' already exists.");
        return false;
    }

    /// <summary>A number that, when given, lies between 0 and <paramref name="max"/>.</summary>
    public bool InRange(int row, string field, decimal? value, decimal max)
    {
        if (value is not { } v || (v >= 0 && v <= max))
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.InvalidValue, $"{field} {v} must be between 0 and {max}.");
        return false;
    }

    /// <summary>An existing record of <paramref name="known"/> by id; reports <paramref name="code"/> when there is none.</summary>
    public NamedData? ById(int row, string field, long? id, Dictionary<string, NamedData> known, string code, string what)
    {
        if (!RequiredValue(row, field, id))
        {
            return null;
        }

        NamedData? found = known.Values.FirstOrDefault(n => n.Id == id);
        if (found is null)
        {
            Errors.Add(row, code, $"{what} {id} was not found.");
        }

        return found;
    }
}
