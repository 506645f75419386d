using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /items/v2</c>: an item id, a name once in the write, a known category, a unit of its kind.</summary>
internal sealed class UpdateItemRules : IRowRules<UpdateItemRequest>
{
    public static readonly UpdateItemRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateItemRequest r)
    {
        s.Update(row, r.Id, r.Name, MetrcRuleCodes.ItemNameInUse, "An item");
        s.ItemDetails(row, r.ItemCategory, r.UnitOfMeasure, r.Strain, r.ItemBrand, r.UnitThcPercent, r.UnitCbdPercent);
    }
}
