using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /harvests/v2/unfinish</c>: only a finished harvest can be unfinished.</summary>
internal sealed class UnfinishHarvestRules : IRowRules<UnfinishHarvestRequest>
{
    public static readonly UnfinishHarvestRules Instance = new();

    public void Check(ValidationSession s, int row, UnfinishHarvestRequest r)
    {
        if (s.Harvest(row, "Id", r.Id) is { } harvest && HarvestLifecycle.CheckCanUnfinish(harvest.Info.IsFinished) is { } code)
        {
            s.Report(row, "Id", code, $"Harvest {harvest.Name} is not finished.");
        }
    }
}
