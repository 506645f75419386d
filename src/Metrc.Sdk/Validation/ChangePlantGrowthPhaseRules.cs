using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plants/v2/growthphase</c>.</summary>
internal sealed class ChangePlantGrowthPhaseRules : IRowRules<ChangePlantGrowthPhaseRequest>
{
    public static readonly ChangePlantGrowthPhaseRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePlantGrowthPhaseRequest r)
    {
        s.Location(row, "NewLocation", r.NewLocation);
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
