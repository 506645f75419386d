using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plants/v2/additives/bylocation</c>.</summary>
internal sealed class RecordAdditiveByLocationRules : IRowRules<RecordAdditiveByLocationRequest>
{
    public static readonly RecordAdditiveByLocationRules Instance = new();

    public void Check(ValidationSession s, int row, RecordAdditiveByLocationRequest r)
    {
        s.Additive(row, r.AdditiveType, r.ProductTradeName, r.TotalAmountApplied, r.TotalAmountUnitOfMeasure, r.ActiveIngredients);
        s.Location(row, "LocationName", r.LocationName);
        s.OptionalSublocation(row, "SublocationName", r.SublocationName);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
