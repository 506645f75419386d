using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Validation;

// Checks of plant batches, plants, additives and waste records (the writes whose request fields are all optional).
internal sealed partial class ValidationSession
{
    private Dictionary<string, int>? _batchTaken;

    /// <summary>A required business date (see <see cref="Date(int, FieldPath, LocalDate)"/>).</summary>
    public bool Date(int row, FieldPath field, LocalDate? date) => date is { } value ? Date(row, field, value) : Missing(row, field);

    /// <summary>A required timestamp (see <see cref="Timestamp(int, FieldPath, OffsetDateTime)"/>).</summary>
    public bool Timestamp(int row, FieldPath field, OffsetDateTime? value) => value is { } v ? Timestamp(row, field, v) : Missing(row, field);

    /// <summary>A required quantity greater than zero.</summary>
    public bool Positive(int row, FieldPath field, decimal? value) => value is { } v ? Positive(row, field, v) : Missing(row, field);

    /// <summary>A required plant count greater than zero.</summary>
    public bool PositiveCount(int row, FieldPath field, int? count)
    {
        if (count is not { } value)
        {
            return Missing(row, field);
        }

        if (value > 0)
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.QuantityPositive, $"{field.Name} must be greater than 0.");
        return false;
    }

    /// <summary>A required plant batch that, with a snapshot listing batches, exists; its info, or null when unknown or not found (reported).</summary>
    public MetrcPlantBatchInfo? PlantBatch(int row, FieldPath field, string? name)
    {
        if (!Required(row, field, name) || Snapshot?.PlantBatches is not { } batches)
        {
            return null;
        }

        if (batches.TryGetValue(name!, out MetrcPlantBatchInfo? batch))
        {
            return batch;
        }

        Report(row, field, MetrcRuleCodes.PlantBatchNotFound, $"Plant batch {name} was not found.");
        return null;
    }

    /// <summary>A plant batch named by <paramref name="name"/> or, without a name, by Metrc id (which a snapshot cannot check).</summary>
    public MetrcPlantBatchInfo? PlantBatchRef(int row, FieldPath field, string? name, long? id) =>
        id is not null && string.IsNullOrWhiteSpace(name) ? null : PlantBatch(row, field, name);

    /// <summary>
    /// <paramref name="count"/> plants taken from a batch: greater than zero and, with the batch known, no more than its
    /// untracked plants less those taken by earlier rows of the write.
    /// </summary>
    public bool TakePlants(int row, FieldPath field, int? count, string? name, MetrcPlantBatchInfo? batch)
    {
        if (!PositiveCount(row, field, count))
        {
            return false;
        }

        if (batch is null || name is null)
        {
            return true;
        }

        int taken = _batchTaken?.GetValueOrDefault(name) ?? 0;
        if (taken + count > batch.UntrackedCount)
        {
            Report(row, field, MetrcRuleCodes.QuantityExceedsAvailable, $"Plant batch {name} has {batch.UntrackedCount - taken} untracked plants, fewer than {count}.");
            return false;
        }

        (_batchTaken ??= new Dictionary<string, int>(StringComparer.Ordinal))[name] = taken + count!.Value;
        return true;
    }

    /// <summary>The name of a new plant batch: required, once in the write and, with a snapshot listing batches, not in use.</summary>
    public bool NewPlantBatchName(int row, FieldPath field, string? name)
    {
        if (!Required(row, field, name))
        {
            return false;
        }

        if (!UniqueName(name!))
        {
            Report(row, field, MetrcRuleCodes.PlantBatchNameInUse, $"Plant batch name {name} is used more than once in this request.");
            return false;
        }

        if (Snapshot?.PlantBatches is { } batches && batches.ContainsKey(name!))
        {
            Report(row, field, MetrcRuleCodes.PlantBatchNameInUse, $"A plant batch named {name} already exists.");
            return false;
        }

        return true;
    }

    /// <summary>The count of a new plant batch: greater than zero and within the state's cap.</summary>
    public bool BatchCount(int row, FieldPath field, int? count)
    {
        if (!PositiveCount(row, field, count))
        {
            return false;
        }

        if (count <= Rules.PlantBatchCap)
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.PlantBatchCountCap, $"{field.Name} {count} exceeds the {Rules.PlantBatchCap} plants allowed per batch.");
        return false;
    }

    /// <summary>The strain a batch or plant changes to: named (it must exist), or given only by Metrc id (which a snapshot cannot check).</summary>
    public bool NewStrain(int row, string? name, long? id) =>
        (id is not null && string.IsNullOrWhiteSpace(name)) || Strain(row, "StrainName", name);

    /// <summary>A plant batch type: <c>Seed</c> or <c>Clone</c>.</summary>
    public bool PlantBatchType(int row, FieldPath field, string? type)
    {
        if (!Required(row, field, type))
        {
            return false;
        }

        if (type is "Seed" or "Clone")
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.InvalidValue, $"{field.Name} '{type}' must be Seed or Clone.");
        return false;
    }

    /// <summary>A living plant named by tag or, without a tag, by Metrc id (which a snapshot cannot check); its phase when known.</summary>
    public PlantGrowthPhase? PlantRef(int row, FieldPath field, string? label, long? id = null)
    {
        if (id is not null && string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        return TagFormat(row, field, label) ? Plant(row, field, label!) : null;
    }

    /// <summary>A required, non-empty list of living plants, by tag.</summary>
    public void PlantLabels(int row, string field, IReadOnlyList<string>? labels)
    {
        if (!RequiredList(row, field, labels))
        {
            return;
        }

        for (int i = 0; i < labels!.Count; i++)
        {
            PlantRef(row, $"{field}[{i}]", labels[i]);
        }
    }

    /// <summary>A new plant tag: well formed, once in the write and, with a snapshot, issued to this facility as a plant tag and unused.</summary>
    public bool NewPlantTag(int row, FieldPath field, string? tag) => NewTag(row, field, tag, MetrcTagKind.Plant);

    /// <summary>An item for a package of plants (plants, clones, seeds): it exists and, when known, is counted (<c>Each</c>).</summary>
    public void PlantItem(int row, FieldPath field, string? item)
    {
        if (Required(row, field, item) && ItemKind(row, field, item) is { } kind && kind != QuantityKind.Count)
        {
            Report(row, field, MetrcRuleCodes.UnitIncompatible, $"Item '{item}' is measured by {kind}; a package of plants needs an item counted by Each.");
        }
    }

    /// <summary>A required waste method that, with a snapshot listing methods, Metrc lists.</summary>
    public bool WasteMethod(int row, FieldPath field, string? name) =>
        Named(row, field, name, Snapshot?.WasteMethods, MetrcRuleCodes.WasteMethodUnknown);

    /// <summary>A required waste reason that, with a snapshot listing reasons, Metrc lists.</summary>
    public bool WasteReason(int row, FieldPath field, string? name) =>
        Named(row, field, name, Snapshot?.WasteReasons, MetrcRuleCodes.WasteReasonUnknown);

    /// <summary>A waste record's method, reason, and weight (greater than zero, in a weight unit).</summary>
    public void Waste(int row, string? method, string? reason, decimal? weight, string? unit)
    {
        WasteMethod(row, "WasteMethodName", method);
        WasteReason(row, "ReasonName", reason);
        Positive(row, "WasteWeight", weight);
        Unit(row, "UnitOfMeasureName", unit, QuantityKind.Weight);
    }

    /// <summary>
    /// The waste fields of a destroy: each one the state requires (<see cref="MetrcStateRules.RequiredDestroyFields"/>) must be
    /// given, and each one given must be valid (a listed method and reason, a weight not below zero, a weight unit).
    /// </summary>
    public void DestroyWaste(int row, string? method, string? reason, decimal? weight, FieldPath unitField, string? unit)
    {
        MetrcDestroyFields required = Rules.RequiredDestroyFields;
        if (string.IsNullOrWhiteSpace(method))
        {
            RequiredForDestroy(row, "WasteMethodName", required, MetrcDestroyFields.WasteMethod, "a waste method");
        }
        else
        {
            WasteMethod(row, "WasteMethodName", method);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            RequiredForDestroy(row, "WasteReasonName", required, MetrcDestroyFields.Reason, "a waste reason");
        }
        else
        {
            WasteReason(row, "WasteReasonName", reason);
        }

        if (weight is not > 0)
        {
            if (!RequiredForDestroy(row, "WasteWeight", required, MetrcDestroyFields.WasteWeight, "a waste weight greater than 0") && weight < 0)
            {
                Report(row, "WasteWeight", MetrcRuleCodes.QuantityPositive, "WasteWeight must not be negative.");
            }
        }
        else
        {
            Precision(row, "WasteWeight", weight.Value);
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            RequiredForDestroy(row, unitField, required, MetrcDestroyFields.WasteUnit, "a waste unit of weight");
        }
        else
        {
            Unit(row, unitField, unit, QuantityKind.Weight);
        }
    }

    /// <summary>An additive described in the row: its type, product, amount (greater than zero, in a known unit) and active ingredients.</summary>
    public void Additive(int row, string? type, string? product, decimal? amount, string? unit, IReadOnlyList<AdditiveIngredient>? ingredients)
    {
        Required(row, "AdditiveType", type);
        Required(row, "ProductTradeName", product);
        AdditiveAmount(row, amount, unit);
        if (ingredients is null)
        {
            return;
        }

        for (int i = 0; i < ingredients.Count; i++)
        {
            if (!RequiredItem(row, FieldPath.Item("ActiveIngredients", i, "Name"), ingredients[i], "Active ingredient"))
            {
                continue;
            }

            Required(row, FieldPath.Item("ActiveIngredients", i, "Name"), ingredients[i].Name);
            FieldPath percentage = FieldPath.Item("ActiveIngredients", i, "Percentage");
            if (Positive(row, percentage, ingredients[i].Percentage) && ingredients[i].Percentage > 100)
            {
                Report(row, percentage, MetrcRuleCodes.InvalidValue, $"Percentage {ingredients[i].Percentage} is more than 100.");
            }
        }
    }

    /// <summary>An additive from a template: the template exists and the amount is greater than zero in a known unit.</summary>
    public void TemplateAdditive(int row, string? template, decimal? amount, string? unit)
    {
        AdditivesTemplate(row, "AdditivesTemplateName", template);
        AdditiveAmount(row, amount, unit);
    }

    private void AdditiveAmount(int row, decimal? amount, string? unit)
    {
        Positive(row, "TotalAmountApplied", amount);
        Unit(row, "TotalAmountUnitOfMeasure", unit, null);
    }

    private bool RequiredForDestroy(int row, FieldPath field, MetrcDestroyFields required, MetrcDestroyFields flag, string what)
    {
        if ((required & flag) == 0)
        {
            return false;
        }

        Report(row, field, MetrcRuleCodes.DestroyWasteRequired, $"Destroying plants requires {what} in this state.");
        return true;
    }

    private bool Missing(int row, FieldPath field)
    {
        Report(row, field, MetrcRuleCodes.Required, $"{field.Name} is required.");
        return false;
    }
}
