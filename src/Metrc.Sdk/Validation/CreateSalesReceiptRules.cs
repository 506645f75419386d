using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /sales/v2/receipts</c>.</summary>
internal sealed class CreateSalesReceiptRules : IRowRules<CreateSalesReceiptRequest>
{
    public static readonly CreateSalesReceiptRules Instance = new();

    public void Check(ValidationSession s, int row, CreateSalesReceiptRequest r)
    {
        s.Timestamp(row, "SalesDateTime", r.SalesDateTime);
        s.Required(row, "SalesCustomerType", r.SalesCustomerType);
        if (string.IsNullOrWhiteSpace(r.ExternalReceiptNumber))
        {
            s.Warn(row, "ExternalReceiptNumber", MetrcRuleCodes.ReceiptNumberMissing,
                "No ExternalReceiptNumber: if the answer is lost, the sale cannot be looked up and may be recorded twice.");
        }
        else if (!s.UniqueName(r.ExternalReceiptNumber))
        {
            s.Report(row, "ExternalReceiptNumber", MetrcRuleCodes.ReceiptNumberInUse, $"External receipt number {r.ExternalReceiptNumber} is used more than once in this request.");
        }

        if (!s.RequiredList(row, "Transactions", r.Transactions))
        {
            return;
        }

        for (int i = 0; i < r.Transactions.Count; i++)
        {
            CreateSalesTransaction? line = r.Transactions[i];
            FieldPath label = FieldPath.Item("Transactions", i, "PackageLabel");
            if (!s.RequiredItem(row, label, line, "Transaction"))
            {
                continue;
            }

            FieldPath quantity = FieldPath.Item("Transactions", i, "Quantity");
            FieldPath unit = FieldPath.Item("Transactions", i, "UnitOfMeasure");
            bool quantityOk = s.Positive(row, quantity, line.Quantity);
            s.Unit(row, unit, line.UnitOfMeasure, null);
            if (line.TotalAmount < 0)
            {
                s.Report(row, FieldPath.Item("Transactions", i, "TotalAmount"), MetrcRuleCodes.InvalidValue, "TotalAmount must not be negative.");
            }

            if (!s.TagFormat(row, label, line.PackageLabel) || s.UsablePackage(row, label, line.PackageLabel) is not { } package)
            {
                continue;
            }

            s.LabTest(row, label, s.Rules.LabTestRequiredForSale, line.PackageLabel, package, "sale");
            s.SameUnit(row, unit, line.UnitOfMeasure, line.PackageLabel, package);
            if (quantityOk)
            {
                s.Available(row, quantity, line.Quantity + SoldEarlier(r.Transactions, i, line.PackageLabel), line.PackageLabel, package);
            }
        }
    }

    /// <summary>What earlier lines of the same receipt take from the same package.</summary>
    private static decimal SoldEarlier(IReadOnlyList<CreateSalesTransaction> lines, int before, string label)
    {
        decimal total = 0;
        for (int j = 0; j < before; j++)
        {
            if (lines[j] is { } earlier && earlier.Quantity > 0 && string.Equals(earlier.PackageLabel, label, StringComparison.Ordinal))
            {
                total += earlier.Quantity;
            }
        }

        return total;
    }
}
