using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/item</c>: an active package moves to an existing item measured like the package.</summary>
internal sealed class ChangePackageItemRules : IRowRules<ChangePackageItemRequest>
{
    public static readonly ChangePackageItemRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePackageItemRequest r)
    {
        MetrcPackageInfo? package = s.ActivePackage(row, "Label", r.Label);
        QuantityKind? kind = s.Required(row, "Item", r.Item) ? s.ItemKind(row, "Item", r.Item) : null;
        if (kind is { } itemKind && package?.UnitOfMeasure is { } unit && MetrcUnits.CheckCompatible(unit, itemKind) == MetrcRuleCodes.UnitIncompatible)
        {
            s.Report(row, "Item", MetrcRuleCodes.UnitIncompatible, $"Item '{r.Item}' is {itemKind}-based; package {r.Label} is measured in {unit}.");
        }
    }
}
