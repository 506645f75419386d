using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk.Validation;

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
