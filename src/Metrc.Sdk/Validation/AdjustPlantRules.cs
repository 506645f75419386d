using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plants/v2/adjust</c>.</summary>
internal sealed class AdjustPlantRules : IRowRules<AdjustPlantRequest>
{
    public static readonly AdjustPlantRules Instance = new();

    public void Check(ValidationSession s, int row, AdjustPlantRequest r)
    {
        s.PlantRef(row, "Label", r.Label, r.Id);
        if (r.AdjustCount is null)
        {
            s.Required(row, "AdjustCount", null);
        }
        else if (r.AdjustCount == 0)
        {
            s.Report(row, "AdjustCount", MetrcRuleCodes.QuantityPositive, "AdjustCount must not be 0.");
        }

        s.Required(row, "AdjustReason", r.AdjustReason);
        s.Timestamp(row, "AdjustmentDate", r.AdjustmentDate);
    }
}
