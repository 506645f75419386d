using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /harvests/v2/waste</c>.</summary>
internal sealed class RecordHarvestWasteRules : IRowRules<RecordHarvestWasteRequest>
{
    public static readonly RecordHarvestWasteRules Instance = new();

    public void Check(ValidationSession s, int row, RecordHarvestWasteRequest r)
    {
        s.Named(row, "WasteType", r.WasteType, s.Snapshot?.HarvestWasteTypes, MetrcRuleCodes.WasteTypeUnknown);
        bool unitOk = s.Unit(row, "UnitOfWeight", r.UnitOfWeight, QuantityKind.Weight);
        bool weightOk = s.RequiredValue(row, "WasteWeight", r.WasteWeight) && s.Positive(row, "WasteWeight", r.WasteWeight.Value);
        s.Date(row, "ActualDate", r.ActualDate);
        if (s.Harvest(row, "Id", r.Id) is not { } harvest || !s.OpenHarvest(row, "Id", harvest.Name, harvest.Info))
        {
            return;
        }

        if (unitOk && weightOk)
        {
            s.HarvestWeight(row, "WasteWeight", harvest.Name, harvest.Info, r.WasteWeight!.Value, r.UnitOfWeight);
        }
    }
}
