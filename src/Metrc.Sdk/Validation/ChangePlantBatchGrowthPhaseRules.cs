using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plantbatches/v2/growthphase</c>: plants tagged out of a batch.</summary>
internal sealed class ChangePlantBatchGrowthPhaseRules : IRowRules<ChangePlantBatchGrowthPhaseRequest>
{
    public static readonly ChangePlantBatchGrowthPhaseRules Instance = new();

    /// <summary>Ranges longer than this are not expanded tag by tag (no batch is that large; the count rule reports it).</summary>
    private const int MaxExpandedRange = 10_000;

    public void Check(ValidationSession s, int row, ChangePlantBatchGrowthPhaseRequest r)
    {
        s.Required(row, "Name", r.Name);
        s.Location(row, "NewLocation", r.NewLocation);
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
