using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plantbatches/v2/adjust</c>.</summary>
internal sealed class AdjustPlantBatchRules : IRowRules<AdjustPlantBatchRequest>
{
    public static readonly AdjustPlantBatchRules Instance = new();

    public void Check(ValidationSession s, int row, AdjustPlantBatchRequest r)
    {
        MetrcPlantBatchInfo? batch = s.PlantBatch(row, "PlantBatchName", r.PlantBatchName);
        if (r.Quantity is not { } quantity)
        {
            s.Required(row, "Quantity", null);
        }
        else if (quantity == 0)
        {
            s.Report(row, "Quantity", MetrcRuleCodes.QuantityPositive, "Quantity must not be 0.");
        }
        else if (decimal.Truncate(quantity) != quantity)
        {
            s.Report(row, "Quantity", MetrcRuleCodes.InvalidValue, $"Quantity {quantity} is not a whole number of plants.");
        }
        else if (quantity < 0)
        {
            s.TakePlants(row, "Quantity", (int)-quantity, r.PlantBatchName, batch);
        }

        s.Required(row, "AdjustmentReason", r.AdjustmentReason);
        s.Date(row, "AdjustmentDate", r.AdjustmentDate);
    }
}
