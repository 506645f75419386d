using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plants/v2/merge</c>.</summary>
internal sealed class MergePlantRules : IRowRules<MergePlantRequest>
{
    public static readonly MergePlantRules Instance = new();

    public void Check(ValidationSession s, int row, MergePlantRequest r)
    {
        PlantGrowthPhase? target = s.PlantRef(row, "TargetPlantGroupLabel", r.TargetPlantGroupLabel);
        PlantGrowthPhase? source = s.PlantRef(row, "SourcePlantGroupLabel", r.SourcePlantGroupLabel);
        if (r.SourcePlantGroupLabel is not null && string.Equals(r.SourcePlantGroupLabel, r.TargetPlantGroupLabel, StringComparison.Ordinal))
        {
            s.Report(row, "SourcePlantGroupLabel", MetrcRuleCodes.InvalidValue, $"Plant group {r.SourcePlantGroupLabel} cannot be merged into itself.");
        }
        else if (target is { } t && source is { } f && t != f)
        {
            s.Report(row, "SourcePlantGroupLabel", MetrcRuleCodes.PlantPhaseMismatch, $"Plant group {r.SourcePlantGroupLabel} is {f} and cannot be merged into {r.TargetPlantGroupLabel}, which is {t}.");
        }

        s.Date(row, "MergeDate", r.MergeDate);
    }
}
