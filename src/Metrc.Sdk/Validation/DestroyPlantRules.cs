using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>DELETE /plants/v2</c>.</summary>
internal sealed class DestroyPlantRules : IRowRules<DestroyPlantRequest>
{
    public static readonly DestroyPlantRules Instance = new();

    public void Check(ValidationSession s, int row, DestroyPlantRequest r)
    {
        s.Date(row, "ActualDate", r.ActualDate);
        MetrcDestroyFields required = s.Rules.RequiredDestroyFields;
        if ((required & MetrcDestroyFields.WasteMethod) != 0 && string.IsNullOrWhiteSpace(r.WasteMethodName))
        {
            s.Report(row, "WasteMethodName", MetrcRuleCodes.DestroyWasteRequired, "Destroying a plant requires a waste method in this state.");
        }

        if ((required & MetrcDestroyFields.Reason) != 0 && string.IsNullOrWhiteSpace(r.WasteReasonName))
        {
            s.Report(row, "WasteReasonName", MetrcRuleCodes.DestroyWasteRequired, "Destroying a plant requires a waste reason in this state.");
        }

        if ((required & MetrcDestroyFields.WasteWeight) != 0 && r.WasteWeight <= 0)
        {
            s.Report(row, "WasteWeight", MetrcRuleCodes.DestroyWasteRequired, "Destroying a plant requires a waste weight greater than 0 in this state.");
        }
        else if (r.WasteWeight < 0)
        {
            s.Report(row, "WasteWeight", MetrcRuleCodes.QuantityPositive, "WasteWeight must not be negative.");
        }
        else
        {
            s.Precision(row, "WasteWeight", r.WasteWeight);
        }

        if (string.IsNullOrWhiteSpace(r.WasteUnitOfMeasureName))
        {
            if ((required & MetrcDestroyFields.WasteUnit) != 0)
            {
                s.Report(row, "WasteUnitOfMeasureName", MetrcRuleCodes.DestroyWasteRequired, "Destroying a plant requires a waste unit of weight in this state.");
            }
        }
        else
        {
            s.Unit(row, "WasteUnitOfMeasureName", r.WasteUnitOfMeasureName, QuantityKind.Weight);
        }

        if (s.UniqueLabel(row, "Label", r.Label))
        {
            s.Plant(row, "Label", r.Label);
        }
    }
}
