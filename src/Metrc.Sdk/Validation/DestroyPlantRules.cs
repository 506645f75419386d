using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>DELETE /plants/v2</c>.</summary>
internal sealed class DestroyPlantRules : IRowRules<DestroyPlantRequest>
{
    public static readonly DestroyPlantRules Instance = new();

    public void Check(ValidationSession s, int row, DestroyPlantRequest r)
    {
        s.Date(row, "ActualDate", r.ActualDate);
        s.DestroyWaste(row, r.WasteMethodName, r.WasteReasonName, r.WasteWeight, "WasteUnitOfMeasureName", r.WasteUnitOfMeasureName);
        if (s.UniqueLabel(row, "Label", r.Label))
        {
            s.Plant(row, "Label", r.Label);
        }
    }
}
