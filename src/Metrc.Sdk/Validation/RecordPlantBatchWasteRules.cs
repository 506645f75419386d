using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plantbatches/v2/waste</c>.</summary>
internal sealed class RecordPlantBatchWasteRules : IRowRules<RecordPlantBatchWasteRequest>
{
    public static readonly RecordPlantBatchWasteRules Instance = new();

    public void Check(ValidationSession s, int row, RecordPlantBatchWasteRequest r)
    {
        s.Waste(row, r.WasteMethodName, r.ReasonName, r.WasteWeight, r.UnitOfMeasureName);
        s.PlantBatch(row, "PlantBatchName", r.PlantBatchName);
        s.Date(row, "WasteDate", r.WasteDate);
    }
}
