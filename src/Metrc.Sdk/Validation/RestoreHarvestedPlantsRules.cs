using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /harvests/v2/restore/harvestedplants</c>: plants of a harvest that exists, each tag once and harvested.</summary>
internal sealed class RestoreHarvestedPlantsRules : IRowRules<RestoreHarvestedPlantsRequest>
{
    public static readonly RestoreHarvestedPlantsRules Instance = new();

    public void Check(ValidationSession s, int row, RestoreHarvestedPlantsRequest r)
    {
        s.Harvest(row, "HarvestId", r.HarvestId);
        if (!s.RequiredList(row, "PlantTags", r.PlantTags))
        {
            return;
        }

        for (int i = 0; i < r.PlantTags!.Count; i++)
        {
            FieldPath field = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PlantTags[{i}]");
            string? tag = r.PlantTags[i];
            if (s.UniqueLabel(row, field, tag) && s.Snapshot?.Plants is { } plants && plants.TryGetValue(tag!, out PlantGrowthPhase phase) && phase != PlantGrowthPhase.Harvested)
            {
                s.Report(row, field, MetrcRuleCodes.PlantNotFound, $"Plant {tag} is {phase}, not a harvested plant.");
            }
        }
    }
}
