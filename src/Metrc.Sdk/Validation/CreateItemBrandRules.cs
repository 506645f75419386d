using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /items/v2/brand</c>: a new brand name.</summary>
internal sealed class CreateItemBrandRules : IRowRules<CreateItemBrandRequest>
{
    public static readonly CreateItemBrandRules Instance = new();

    public void Check(ValidationSession s, int row, CreateItemBrandRequest r)
    {
        s.NewName(row, "Name", r.Name, s.Snapshot?.ItemBrands is { } brands ? brands.Contains : null, MetrcRuleCodes.ItemBrandNameInUse, "An item brand");
    }
}
