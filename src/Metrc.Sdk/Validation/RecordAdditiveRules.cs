using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plantbatches/v2/additives</c>.</summary>
internal sealed class RecordAdditiveRules : IRowRules<RecordAdditiveRequest>
{
    public static readonly RecordAdditiveRules Instance = new();

    public void Check(ValidationSession s, int row, RecordAdditiveRequest r)
    {
        s.Additive(row, r.AdditiveType, r.ProductTradeName, r.TotalAmountApplied, r.TotalAmountUnitOfMeasure, r.ActiveIngredients);
        s.PlantBatch(row, "PlantBatchName", r.PlantBatchName);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
