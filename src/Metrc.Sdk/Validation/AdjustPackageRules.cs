using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /packages/v2/adjust</c>.</summary>
internal sealed class AdjustPackageRules : IRowRules<AdjustPackageRequest>
{
    public static readonly AdjustPackageRules Instance = new();

    public void Check(ValidationSession s, int row, AdjustPackageRequest r)
    {
        bool quantityOk = r.Quantity != 0;
        if (!quantityOk)
        {
            s.Report(row, "Quantity", MetrcRuleCodes.QuantityPositive, "Quantity must not be zero.");
        }
        else
        {
            quantityOk = s.Precision(row, "Quantity", r.Quantity);
        }

        s.Unit(row, "UnitOfMeasure", r.UnitOfMeasure, null);
        s.Required(row, "AdjustmentReason", r.AdjustmentReason);
        s.Date(row, "AdjustmentDate", r.AdjustmentDate);
        if (!s.TagFormat(row, "Label", r.Label) || s.UsablePackage(row, "Label", r.Label) is not { } package)
        {
            return;
        }

        s.SameUnit(row, "UnitOfMeasure", r.UnitOfMeasure, r.Label, package);
        if (quantityOk && package.Quantity is { } onHand && onHand + r.Quantity < 0)
        {
            s.Report(row, "Quantity", MetrcRuleCodes.QuantityExceedsAvailable, $"Package {r.Label} holds {onHand} {package.UnitOfMeasure}; it cannot go below zero.");
        }
    }
}
