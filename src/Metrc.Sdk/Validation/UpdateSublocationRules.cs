using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /sublocations/v2</c>: a sublocation id and a name once in the write.</summary>
internal sealed class UpdateSublocationRules : IRowRules<UpdateSublocationRequest>
{
    public static readonly UpdateSublocationRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateSublocationRequest r)
    {
        s.Update(row, r.Id, r.Name, MetrcRuleCodes.SublocationNameInUse, "A sublocation");
    }
}
