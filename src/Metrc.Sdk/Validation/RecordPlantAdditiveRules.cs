using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plants/v2/additives</c>.</summary>
internal sealed class RecordPlantAdditiveRules : IRowRules<RecordPlantAdditiveRequest>
{
    public static readonly RecordPlantAdditiveRules Instance = new();

    public void Check(ValidationSession s, int row, RecordPlantAdditiveRequest r)
    {
        s.Additive(row, r.AdditiveType, r.ProductTradeName, r.TotalAmountApplied, r.TotalAmountUnitOfMeasure, r.ActiveIngredients);
        s.PlantLabels(row, "PlantLabels", r.PlantLabels);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
