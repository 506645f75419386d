using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /items/v2</c>: a new name, a known category, a unit of its kind, a strain where the category needs one.</summary>
internal sealed class CreateItemRules : IRowRules<CreateItemRequest>
{
    public static readonly CreateItemRules Instance = new();

    public void Check(ValidationSession s, int row, CreateItemRequest r)
    {
        IReadOnlyDictionary<string, QuantityKind>? items = s.Snapshot?.Items;
        s.NewName(row, "Name", r.Name, items is null ? null : items.ContainsKey, MetrcRuleCodes.ItemNameInUse, "An item");
        s.ItemDetails(row, r.ItemCategory, r.UnitOfMeasure, r.Strain, r.ItemBrand, r.UnitThcPercent, r.UnitCbdPercent);
    }
}
