using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>DELETE /plantbatches/v2</c>.</summary>
internal sealed class DestroyPlantBatchRules : IRowRules<DestroyPlantBatchRequest>
{
    public static readonly DestroyPlantBatchRules Instance = new();

    public void Check(ValidationSession s, int row, DestroyPlantBatchRequest r)
    {
        MetrcPlantBatchInfo? batch = s.PlantBatch(row, "PlantBatch", r.PlantBatch);
        s.TakePlants(row, "Count", r.Count, r.PlantBatch, batch);
        s.DestroyWaste(row, r.WasteMethodName, r.WasteReasonName, r.WasteWeight, "WasteUnitOfMeasure", r.WasteUnitOfMeasure);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
