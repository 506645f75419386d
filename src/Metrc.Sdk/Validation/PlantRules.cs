using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plantbatches/v2/plantings</c>.</summary>
internal sealed class CreatePlantingsRules : IRowRules<CreatePlantingsRequest>
{
    public static readonly CreatePlantingsRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePlantingsRequest r)
    {
        if (s.Required(row, "Name", r.Name) && !s.UniqueName("batch:" + r.Name))
        {
            s.Report(row, "Name", MetrcRuleCodes.PlantBatchNameInUse, $"Plant batch name {r.Name} is used more than once in this request.");
        }

        if (s.Required(row, "Type", r.Type) && r.Type is not ("Seed" or "Clone"))
        {
            s.Report(row, "Type", MetrcRuleCodes.InvalidValue, $"Type '{r.Type}' must be Seed or Clone.");
        }

        if (r.Count <= 0)
        {
            s.Report(row, "Count", MetrcRuleCodes.QuantityPositive, "Count must be greater than 0.");
        }
        else if (r.Count > s.Rules.PlantBatchCap)
        {
            s.Report(row, "Count", MetrcRuleCodes.PlantBatchCountCap, $"Count {r.Count} exceeds the {s.Rules.PlantBatchCap} plants allowed per batch.");
        }

        s.Required(row, "Strain", r.Strain);
        s.Required(row, "Location", r.Location);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}

/// <summary>Rules of <c>POST /plantbatches/v2/growthphase</c>: plants tagged out of a batch.</summary>
internal sealed class ChangePlantBatchGrowthPhaseRules : IRowRules<ChangePlantBatchGrowthPhaseRequest>
{
    public static readonly ChangePlantBatchGrowthPhaseRules Instance = new();

    /// <summary>Ranges longer than this are not expanded tag by tag (no batch is that large; the count rule reports it).</summary>
    private const int MaxExpandedRange = 10_000;

    public void Check(ValidationSession s, int row, ChangePlantBatchGrowthPhaseRequest r)
    {
        s.Required(row, "Name", r.Name);
        s.Required(row, "NewLocation", r.NewLocation);
        s.Date(row, "GrowthDate", r.GrowthDate);
        if (PlantPhases.TryParseTarget(s, row, "GrowthPhase", r.GrowthPhase, out PlantGrowthPhase phase) && !PlantLifecycle.CanChangePhase(PlantGrowthPhase.Immature, phase))
        {
            s.Report(row, "GrowthPhase", MetrcRuleCodes.PlantPhaseTransition, $"Plants from a batch can only become Vegetative, not {phase}.");
        }

        if (r.Count <= 0)
        {
            s.Report(row, "Count", MetrcRuleCodes.QuantityPositive, "Count must be greater than 0.");
            return;
        }

        if (!s.TagFormat(row, "StartingTag", r.StartingTag) || r.Count > MaxExpandedRange)
        {
            return;
        }

        for (int i = 0; i < r.Count; i++)
        {
            string? tag = i == 0 ? r.StartingTag : Offset(r.StartingTag, i);
            if (tag is null)
            {
                s.Report(row, "StartingTag", MetrcRuleCodes.TagFormat, $"StartingTag {r.StartingTag} cannot start a run of {r.Count} consecutive tags.");
                return;
            }

            if (!s.UniqueTag(row, "StartingTag", tag) || !s.AvailableTag(row, "StartingTag", tag, MetrcTagKind.Plant))
            {
                return;
            }
        }
    }

    /// <summary>The tag <paramref name="offset"/> after <paramref name="start"/>: the 15-digit sequence after the 9-character prefix, counted up.</summary>
    internal static string? Offset(string start, int offset)
    {
        if (!long.TryParse(start.AsSpan(9), NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
        {
            return null;
        }

        string tail = (sequence + offset).ToString("D15", CultureInfo.InvariantCulture);
        return tail.Length == 15 ? string.Concat(start.AsSpan(0, 9), tail) : null;
    }
}

/// <summary>Rules of <c>PUT /plants/v2/growthphase</c>.</summary>
internal sealed class ChangePlantGrowthPhaseRules : IRowRules<ChangePlantGrowthPhaseRequest>
{
    public static readonly ChangePlantGrowthPhaseRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePlantGrowthPhaseRequest r)
    {
        s.Required(row, "NewLocation", r.NewLocation);
        s.Date(row, "GrowthDate", r.GrowthDate);
        bool phaseOk = PlantPhases.TryParseTarget(s, row, "GrowthPhase", r.GrowthPhase, out PlantGrowthPhase phase);
        if (!s.UniqueLabel(row, "Label", r.Label) || s.Plant(row, "Label", r.Label) is not { } current || !phaseOk)
        {
            return;
        }

        if (!PlantLifecycle.CanChangePhase(current, phase))
        {
            s.Report(row, "GrowthPhase", MetrcRuleCodes.PlantPhaseTransition, $"Plant {r.Label} is {current} and cannot become {phase}.");
        }
    }
}

/// <summary>Rules of <c>PUT /plants/v2/harvest</c> and <c>PUT /plants/v2/manicure</c>.</summary>
internal sealed class HarvestPlantRules(bool manicure) : IRowRules<HarvestPlantRequest>
{
    public static readonly HarvestPlantRules Harvest = new(false);

    public static readonly HarvestPlantRules Manicure = new(true);

    public void Check(ValidationSession s, int row, HarvestPlantRequest r)
    {
        s.Positive(row, "Weight", r.Weight);
        s.Unit(row, "UnitOfWeight", r.UnitOfWeight, QuantityKind.Weight);
        s.Required(row, "DryingLocation", r.DryingLocation);
        s.Required(row, "HarvestName", r.HarvestName);
        s.Date(row, "ActualDate", r.ActualDate);

        // A plant is harvested once, but may be manicured several times in one request.
        bool labelOk = manicure ? s.TagFormat(row, "Plant", r.Plant) : s.UniqueLabel(row, "Plant", r.Plant);
        if (labelOk && s.Plant(row, "Plant", r.Plant) is { } phase && !PlantLifecycle.CanHarvest(phase))
        {
            s.Report(row, "Plant", MetrcRuleCodes.HarvestNotFlowering, $"Plant {r.Plant} is {phase}; only flowering plants can be {(manicure ? "manicured" : "harvested")}.");
        }
    }
}

/// <summary>Rules of <c>DELETE /plants/v2/</c>.</summary>
internal sealed class DestroyPlantRules : IRowRules<DestroyPlantRequest>
{
    public static readonly DestroyPlantRules Instance = new();

    public void Check(ValidationSession s, int row, DestroyPlantRequest r)
    {
        s.Date(row, "ActualDate", r.ActualDate);
        MetrcDestroyFields required = s.Rules.RequiredDestroyFields;
        if ((required & MetrcDestroyFields.WasteMethod) != 0 && string.IsNullOrWhiteSpace(r.WasteMethodName))
        {
            s.Report(row, "WasteMethodName", MetrcRuleCodes.DestroyWasteRequired, "Destroying a plant requires a waste method in this state.");
        }

        if ((required & MetrcDestroyFields.Reason) != 0 && string.IsNullOrWhiteSpace(r.WasteReasonName))
        {
            s.Report(row, "WasteReasonName", MetrcRuleCodes.DestroyWasteRequired, "Destroying a plant requires a waste reason in this state.");
        }

        if ((required & MetrcDestroyFields.WasteWeight) != 0 && r.WasteWeight <= 0)
        {
            s.Report(row, "WasteWeight", MetrcRuleCodes.DestroyWasteRequired, "Destroying a plant requires a waste weight greater than 0 in this state.");
        }
        else if (r.WasteWeight < 0)
        {
            s.Report(row, "WasteWeight", MetrcRuleCodes.QuantityPositive, "WasteWeight must not be negative.");
        }
        else
        {
            s.Precision(row, "WasteWeight", r.WasteWeight);
        }

        if (string.IsNullOrWhiteSpace(r.WasteUnitOfMeasureName))
        {
            if ((required & MetrcDestroyFields.WasteUnit) != 0)
            {
                s.Report(row, "WasteUnitOfMeasureName", MetrcRuleCodes.DestroyWasteRequired, "Destroying a plant requires a waste unit of weight in this state.");
            }
        }
        else
        {
            s.Unit(row, "WasteUnitOfMeasureName", r.WasteUnitOfMeasureName, QuantityKind.Weight);
        }

        if (s.UniqueLabel(row, "Label", r.Label))
        {
            s.Plant(row, "Label", r.Label);
        }
    }
}

/// <summary>Growth phase names accepted as targets (<c>Vegetative</c>, <c>Flowering</c>).</summary>
internal static class PlantPhases
{
    public static bool TryParseTarget(ValidationSession s, int row, FieldPath field, string? name, out PlantGrowthPhase phase)
    {
        if (!s.Required(row, field, name))
        {
            phase = default;
            return false;
        }

        if (PlantLifecycle.TryParsePhase(name, out phase) && phase is PlantGrowthPhase.Vegetative or PlantGrowthPhase.Flowering)
        {
            return true;
        }

        s.Report(row, field, MetrcRuleCodes.InvalidValue, $"GrowthPhase '{name}' must be Vegetative or Flowering.");
        return false;
    }
}
