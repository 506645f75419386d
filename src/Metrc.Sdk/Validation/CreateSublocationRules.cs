using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /sublocations/v2</c>: a new name.</summary>
internal sealed class CreateSublocationRules : IRowRules<CreateSublocationRequest>
{
    public static readonly CreateSublocationRules Instance = new();

    public void Check(ValidationSession s, int row, CreateSublocationRequest r)
    {
        s.NewName(row, "Name", r.Name, s.Snapshot?.Sublocations is { } sublocations ? sublocations.Contains : null, MetrcRuleCodes.SublocationNameInUse, "A sublocation");
    }
}
