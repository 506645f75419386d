using System.Diagnostics.CodeAnalysis;
using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk.Validation;

// Checks of harvests (by id or name, open, weight left) and of new names of the facility's master data.
internal sealed partial class ValidationSession
{
    private Dictionary<long, string>? _harvestNamesById;
    private Dictionary<string, decimal>? _harvestTaken;
    private HashSet<string>? _newNames;

    /// <summary>A value that must be present.</summary>
    public bool RequiredValue<TValue>(int row, FieldPath field, [NotNullWhen(true)] TValue? value)
        where TValue : struct
    {
        if (value.HasValue)
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.Required, $"{field.Name} is required.");
        return false;
    }

    /// <summary>
    /// The harvest a row names by <paramref name="id"/> or, failing that, by <paramref name="name"/> (one is required);
    /// <see langword="null"/> when the snapshot does not list harvests or the harvest was not found (reported).
    /// </summary>
    public (string Name, MetrcHarvestInfo Info)? Harvest(int row, FieldPath idField, long? id, FieldPath? nameField = null, string? name = null)
    {
        if (id is null && string.IsNullOrWhiteSpace(name))
        {
            Report(row, idField, MetrcRuleCodes.Required,
                nameField is { } named ? $"{idField.Name} or {named.Name} is required." : $"{idField.Name} is required.");
            return null;
        }

        if (Snapshot?.Harvests is not { } harvests)
        {
            return null;
        }

        if (id is { } key)
        {
            if (_harvestNamesById is null)
            {
                _harvestNamesById = [];
                foreach (KeyValuePair<string, MetrcHarvestInfo> harvest in harvests)
                {
                    _harvestNamesById[harvest.Value.Id] = harvest.Key;
                }
            }

            if (_harvestNamesById.TryGetValue(key, out string? byId))
            {
                return (byId, harvests[byId]);
            }

            Report(row, idField, MetrcRuleCodes.HarvestNotFound, $"Harvest {key} was not found.");
            return null;
        }

        if (harvests.TryGetValue(name!, out MetrcHarvestInfo? byName))
        {
            return (name!, byName);
        }

        Report(row, nameField ?? idField, MetrcRuleCodes.HarvestNotFound, $"Harvest {name} was not found.");
        return null;
    }

    /// <summary>The harvest must not be finished.</summary>
    public bool OpenHarvest(int row, FieldPath field, string name, MetrcHarvestInfo harvest)
    {
        if (HarvestLifecycle.CheckOpen(harvest.IsFinished) is not { } code)
        {
            return true;
        }

        Report(row, field, code, $"Harvest {name} is finished; unfinish it first.");
        return false;
    }

    /// <summary>
    /// The weight (in <paramref name="unit"/>) must not exceed what the harvest has left after the earlier rows of the
    /// write; a valid weight is then counted as taken.
    /// </summary>
    public bool HarvestWeight(int row, FieldPath field, string name, MetrcHarvestInfo harvest, decimal weight, string? unit)
    {
        if (harvest.RemainingWeight is not { } left)
        {
            return true;
        }

        if (!HarvestLifecycle.TryConvertWeight(weight, unit, harvest.UnitOfWeight ?? unit, out decimal taken))
        {
            return true;
        }

        decimal before = _harvestTaken?.GetValueOrDefault(name) ?? 0;
        if (before + taken > left)
        {
            Report(row, field, MetrcRuleCodes.QuantityExceedsAvailable,
                $"Harvest {name} has {left - before} {harvest.UnitOfWeight ?? unit} left, less than {weight} {unit}.");
            return false;
        }

        (_harvestTaken ??= new Dictionary<string, decimal>(StringComparer.Ordinal))[name] = before + taken;
        return true;
    }

    /// <summary>
    /// A required new name: not in <paramref name="existing"/> (when the snapshot lists them) and not twice in the write
    /// (compared without case); reports <paramref name="code"/> otherwise.
    /// </summary>
    public bool NewName(int row, FieldPath field, string? name, Func<string, bool>? existing, string code, string what)
    {
        if (!Required(row, field, name))
        {
            return false;
        }

        if (existing?.Invoke(name!) != true && (_newNames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(name!))
        {
            return true;
        }

        Report(row, field, code, $"{what} named '{name}' already exists.");
        return false;
    }

    /// <summary>An update's record id (required) and name (required, once in the write; compared without case).</summary>
    public void Update(int row, long? id, string? name, string code, string what)
    {
        RequiredValue(row, "Id", id);
        NewName(row, "Name", name, null, code, what);
    }

    /// <summary>A percentage (or share) that must lie between 0 and <paramref name="max"/>.</summary>
    public bool InRange(int row, FieldPath field, decimal? value, decimal max)
    {
        if (value is not { } v || (v >= 0 && v <= max))
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.InvalidValue, $"{field.Name} {v} must be between 0 and {max}.");
        return false;
    }
}
