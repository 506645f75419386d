using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /harvests/v2/finish</c>: a date, and a harvest that exists and is not finished.</summary>
internal sealed class FinishHarvestRules : IRowRules<FinishHarvestRequest>
{
    public static readonly FinishHarvestRules Instance = new();

    public void Check(ValidationSession s, int row, FinishHarvestRequest r)
    {
        s.Date(row, "ActualDate", r.ActualDate);
        if (s.Harvest(row, "Id", r.Id) is { } harvest)
        {
            s.OpenHarvest(row, "Id", harvest.Name, harvest.Info);
        }
    }
}
