using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plantbatches/v2/split</c>.</summary>
internal sealed class SplitPlantBatchRules : IRowRules<SplitPlantBatchRequest>
{
    public static readonly SplitPlantBatchRules Instance = new();

    public void Check(ValidationSession s, int row, SplitPlantBatchRequest r)
    {
        MetrcPlantBatchInfo? batch = s.PlantBatch(row, "PlantBatch", r.PlantBatch);
        s.NewPlantBatchName(row, "GroupName", r.GroupName);
        s.TakePlants(row, "Count", r.Count, r.PlantBatch, batch);
        s.Location(row, "Location", r.Location);
        s.OptionalSublocation(row, "Sublocation", r.Sublocation);
        s.Strain(row, "Strain", r.Strain);
        s.Timestamp(row, "ActualDate", r.ActualDate);
    }
}
