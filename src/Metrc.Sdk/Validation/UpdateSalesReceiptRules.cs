using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /sales/v2/receipts</c>: an existing receipt that is not finalized, with lines that obey the rules of a new sale
/// (what the receipt took before is given back to its packages first).</summary>
internal sealed class UpdateSalesReceiptRules : IRowRules<UpdateSalesReceiptRequest>
{
    public static readonly UpdateSalesReceiptRules Instance = new();

    private static readonly Func<UpdateSalesReceiptRequestTransaction, SaleLine> s_line = static t => new(t.PackageLabel, t.Quantity, t.UnitOfMeasure, t.TotalAmount);

    public void Check(ValidationSession s, int row, UpdateSalesReceiptRequest r)
    {
        MetrcReceiptInfo? receipt = s.OpenReceipt(row, "Id", r.Id);
        s.Timestamp(row, "SalesDateTime", r.SalesDateTime);
        s.Customer(row, r.SalesCustomerType, r.PatientLicenseNumber);
        CreateSalesReceiptRules.ExternalNumber(s, row, r.ExternalReceiptNumber);
        s.SaleLines(row, "Transactions", r.Transactions, s_line, r.SalesCustomerType, receipt?.PackageQuantities);
    }
}
