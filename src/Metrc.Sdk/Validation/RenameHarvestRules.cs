using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /harvests/v2/rename</c>: a harvest that exists gets a name no other harvest has.</summary>
internal sealed class RenameHarvestRules : IRowRules<RenameHarvestRequest>
{
    public static readonly RenameHarvestRules Instance = new();

    public void Check(ValidationSession s, int row, RenameHarvestRequest r)
    {
        s.Harvest(row, "Id", r.Id, "OldName", r.OldName);
        IReadOnlyDictionary<string, MetrcHarvestInfo>? harvests = s.Snapshot?.Harvests;
        s.NewName(row, "NewName", r.NewName, harvests is null ? null : harvests.ContainsKey, MetrcRuleCodes.HarvestNameInUse, "A harvest");
    }
}
