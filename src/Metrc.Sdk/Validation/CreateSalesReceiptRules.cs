using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /sales/v2/receipts</c>.</summary>
internal sealed class CreateSalesReceiptRules : IRowRules<CreateSalesReceiptRequest>
{
    public static readonly CreateSalesReceiptRules Instance = new();

    /// <summary>Reads a line of a receipt or delivery for <see cref="ValidationSession.SaleLines"/>.</summary>
    public static readonly Func<CreateSalesTransaction, SaleLine> Line = static t => new(t.PackageLabel, t.Quantity, t.UnitOfMeasure, t.TotalAmount);

    public void Check(ValidationSession s, int row, CreateSalesReceiptRequest r)
    {
        s.Timestamp(row, "SalesDateTime", r.SalesDateTime);
        s.Customer(row, r.SalesCustomerType, r.PatientLicenseNumber);
        ExternalNumber(s, row, r.ExternalReceiptNumber);
        s.SaleLines(row, "Transactions", r.Transactions, Line, r.SalesCustomerType);
    }

    /// <summary>An external receipt number is recommended (reconciliation) and must be unique in the write.</summary>
    public static void ExternalNumber(ValidationSession s, int row, string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            s.Warn(row, "ExternalReceiptNumber", MetrcRuleCodes.ReceiptNumberMissing,
                "No ExternalReceiptNumber: if the answer is lost, the sale cannot be looked up and may be recorded twice.");
        }
        else if (!s.UniqueName(number))
        {
            s.Report(row, "ExternalReceiptNumber", MetrcRuleCodes.ReceiptNumberInUse, $"External receipt number {number} is used more than once in this request.");
        }
    }
}
