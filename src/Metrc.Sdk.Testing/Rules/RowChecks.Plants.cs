using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Endpoints;

namespace Metrc.Sdk.Testing.Rules;

// Plant batch, plant, additive and waste checks.
internal sealed partial class RowChecks
{
    public bool PositiveCount(int row, string field, int? count)
    {
        if (count is null)
        {
            Errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
            return false;
        }

        if (count > 0)
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.QuantityPositive, $"{field} must be greater than 0.");
        return false;
    }

    /// <summary>A required plant batch of this facility.</summary>
    public BatchData? Batch(int row, string field, string? name)
    {
        if (!Required(row, field, name))
        {
            return null;
        }

        if (Facility.Batches.TryGetValue(name!, out BatchData? batch))
        {
            return batch;
        }

        Errors.Add(row, MetrcRuleCodes.PlantBatchNotFound, $"Plant batch {name} was not found.");
        return null;
    }

    /// <summary>A batch named by <paramref name="name"/> or, without a name, by Metrc id.</summary>
    public BatchData? BatchRef(int row, string field, string? name, long? id)
    {
        if (id is not { } byId || !string.IsNullOrWhiteSpace(name))
        {
            return Batch(row, field, name);
        }

        BatchData? batch = Facility.Batches.Values.FirstOrDefault(b => b.Id == byId);
        if (batch is null)
        {
            Errors.Add(row, MetrcRuleCodes.PlantBatchNotFound, $"Plant batch {byId} was not found.");
        }

        return batch;
    }

    /// <summary><paramref name="count"/> plants taken from <paramref name="batch"/>: positive, and no more than it holds less earlier rows' takings.</summary>
    public bool TakePlants(int row, string field, int? count, BatchData? batch, PlantRequest p)
    {
        if (!PositiveCount(row, field, count))
        {
            return false;
        }

        if (batch is null)
        {
            return true;
        }

        int taken = p.Taken.GetValueOrDefault(batch.Name);
        if (taken + count > batch.Untracked)
        {
            Errors.Add(row, MetrcRuleCodes.QuantityExceedsAvailable, $"Plant batch {batch.Name} has {batch.Untracked - taken} untracked plants, fewer than {count}.");
            return false;
        }

        p.Taken[batch.Name] = taken + count!.Value;
        return true;
    }

    /// <summary>The name of a new batch: required, once in the request, not in use.</summary>
    public bool NewBatchName(int row, string field, string? name, PlantRequest p)
    {
        if (!Required(row, field, name))
        {
            return false;
        }

        if (!p.NewNames.Add(name!) || Facility.Batches.ContainsKey(name!))
        {
            Errors.Add(row, MetrcRuleCodes.PlantBatchNameInUse, $"A plant batch named {name} already exists.");
            return false;
        }

        return true;
    }

    /// <summary>The count of a new batch: positive and within the state's cap.</summary>
    public bool BatchCount(int row, string field, int? count, PlantRequest p)
    {
        if (!PositiveCount(row, field, count))
        {
            return false;
        }

        if (count <= p.Rules.PlantBatchCap)
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.PlantBatchCountCap, $"{field} {count} exceeds the {p.Rules.PlantBatchCap} plants allowed per batch.");
        return false;
    }

    /// <summary>The strain a batch or plant changes to: named (it must exist), or given only by Metrc id; its name, or null to keep the current one.</summary>
    public bool NewStrain(int row, string? name, long? id, out string? strain)
    {
        strain = null;
        if (id is not null && string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        if (!Strain(row, "StrainName", name))
        {
            return false;
        }

        strain = Facility.Strains[name!].Name;
        return true;
    }

    public bool BatchType(int row, string field, string? type)
    {
        if (!Required(row, field, type))
        {
            return false;
        }

        if (type is "Seed" or "Clone")
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.InvalidValue, $"{field} '{type}' must be Seed or Clone.");
        return false;
    }

    /// <summary>A living plant named by a well-formed tag or, without a tag, by Metrc id.</summary>
    public PlantData? PlantRef(int row, string field, string? label, long? id = null)
    {
        PlantData? plant;
        if (id is { } byId && string.IsNullOrWhiteSpace(label))
        {
            plant = Facility.Plants.Values.FirstOrDefault(p => p.Id == byId);
        }
        else if (!Required(row, field, label))
        {
            return null;
        }
        else if (!MetrcTagRules.IsValidFormat(label))
        {
            Errors.Add(row, MetrcRuleCodes.TagFormat, $"{field} '{label}' is not a valid tag.");
            return null;
        }
        else
        {
            plant = Facility.Plants.GetValueOrDefault(label!);
        }

        if (plant is not null && PlantLifecycle.IsAlive(plant.Phase))
        {
            return plant;
        }

        Errors.Add(row, MetrcRuleCodes.PlantNotFound, $"Plant {label ?? id?.ToString(System.Globalization.CultureInfo.InvariantCulture)} was not found or is no longer active.");
        return null;
    }

    /// <summary>A required, non-empty list of living plants.</summary>
    public bool PlantLabels(int row, string field, List<string?>? labels)
    {
        if (labels is not { Count: > 0 })
        {
            Errors.Add(row, MetrcRuleCodes.Required, $"{field} are required (at least one).");
            return false;
        }

        bool ok = true;
        for (int i = 0; i < labels.Count; i++)
        {
            ok &= PlantRef(row, $"{field}[{i}]", labels[i]) is not null;
        }

        return ok;
    }

    /// <summary>The item of a package of plants: it exists and is counted by Each.</summary>
    public ItemData? PlantItem(int row, string field, string? name)
    {
        if (!Required(row, field, name))
        {
            return null;
        }

        if (!Facility.Items.TryGetValue(name!, out ItemData? item))
        {
            Errors.Add(row, MetrcRuleCodes.ItemNotFound, $"{field} '{name}' does not exist.");
            return null;
        }

        if (item.Kind == QuantityKind.Count)
        {
            return item;
        }

        Errors.Add(row, MetrcRuleCodes.UnitIncompatible, $"Item '{name}' is measured by {item.Kind}; a package of plants needs an item counted by Each.");
        return null;
    }

    /// <summary>A unit of measure Metrc knows, of any kind.</summary>
    public bool AnyUnit(int row, string field, string? unit)
    {
        if (!Required(row, field, unit))
        {
            return false;
        }

        if (MetrcUnits.TryGetKind(unit, out _))
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.UnitUnknown, $"Unit of measure '{unit}' does not exist.");
        return false;
    }

    public bool WasteMethod(int row, string field, string? name) => Named(row, field, name, Facility.WasteMethods, MetrcRuleCodes.WasteMethodUnknown);

    public bool WasteReason(int row, string field, string? name) => Named(row, field, name, Facility.WasteReasons, MetrcRuleCodes.WasteReasonUnknown);

    /// <summary>A waste record's listed method and reason and its weight in a weight unit.</summary>
    public bool Waste(int row, WasteRow r) =>
        WasteMethod(row, "WasteMethodName", r.WasteMethodName)
        & WasteReason(row, "ReasonName", r.ReasonName)
        & Positive(row, "WasteWeight", r.WasteWeight)
        & Unit(row, "UnitOfMeasureName", r.UnitOfMeasureName, QuantityKind.Weight);

    /// <summary>The waste fields of a destroy: those the state requires are present, and those present are valid.</summary>
    public bool DestroyWaste(int row, string? method, string? reason, decimal? weight, string unitField, string? unit, MetrcDestroyFields required)
    {
        bool ok = string.IsNullOrWhiteSpace(method)
            ? !MissingForDestroy(row, "WasteMethodName", required, MetrcDestroyFields.WasteMethod, "a waste method")
            : WasteMethod(row, "WasteMethodName", method);
        ok &= string.IsNullOrWhiteSpace(reason)
            ? !MissingForDestroy(row, "WasteReasonName", required, MetrcDestroyFields.Reason, "a waste reason")
            : WasteReason(row, "WasteReasonName", reason);
        if (weight is not > 0)
        {
            if (MissingForDestroy(row, "WasteWeight", required, MetrcDestroyFields.WasteWeight, "a waste weight greater than 0"))
            {
                ok = false;
            }
            else if (weight < 0)
            {
                Errors.Add(row, MetrcRuleCodes.QuantityPositive, "WasteWeight must not be negative.");
                ok = false;
            }
        }

        return ok & (string.IsNullOrWhiteSpace(unit)
            ? !MissingForDestroy(row, unitField, required, MetrcDestroyFields.WasteUnit, "a waste unit of weight")
            : Unit(row, unitField, unit, QuantityKind.Weight));
    }

    /// <summary>An additive described in the row, or (with a template name) taken from a template.</summary>
    public bool Additive(int row, AdditiveRow r, bool template)
    {
        bool ok = Positive(row, "TotalAmountApplied", r.TotalAmountApplied) & AnyUnit(row, "TotalAmountUnitOfMeasure", r.TotalAmountUnitOfMeasure);
        if (template)
        {
            return ok & AdditivesTemplate(row, "AdditivesTemplateName", r.AdditivesTemplateName);
        }

        ok &= Required(row, "AdditiveType", r.AdditiveType) & Required(row, "ProductTradeName", r.ProductTradeName);
        for (int i = 0; i < (r.ActiveIngredients?.Count ?? 0); i++)
        {
            AdditiveIngredientRow? ingredient = r.ActiveIngredients![i];
            if (ingredient is null)
            {
                Errors.Add(row, MetrcRuleCodes.Required, "Active ingredient is required (the list holds a null).");
                ok = false;
                continue;
            }

            ok &= Required(row, $"ActiveIngredients[{i}].Name", ingredient.Name) & Positive(row, $"ActiveIngredients[{i}].Percentage", ingredient.Percentage);
            if (ingredient.Percentage > 100)
            {
                Errors.Add(row, MetrcRuleCodes.InvalidValue, $"Percentage {ingredient.Percentage} is more than 100.");
                ok = false;
            }
        }

        return ok;
    }

    private bool MissingForDestroy(int row, string field, MetrcDestroyFields required, MetrcDestroyFields flag, string what)
    {
        if ((required & flag) == 0)
        {
            return false;
        }

        Errors.Add(row, MetrcRuleCodes.DestroyWasteRequired, $"Destroying plants requires {what} in this state ({field}).");
        return true;
    }
}
