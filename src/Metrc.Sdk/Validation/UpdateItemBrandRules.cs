using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /items/v2/brand</c>: a brand id and a name once in the write.</summary>
internal sealed class UpdateItemBrandRules : IRowRules<UpdateItemBrandRequest>
{
    public static readonly UpdateItemBrandRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateItemBrandRequest r)
    {
        s.Update(row, r.Id, r.Name, MetrcRuleCodes.ItemBrandNameInUse, "An item brand");
    }
}
