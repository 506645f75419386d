using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /sales/v2/receipts/finalize</c>: an existing receipt that is not finalized yet.</summary>
internal sealed class FinalizeSalesReceiptRules : IRowRules<SalesReceiptIdRequest>
{
    public static readonly FinalizeSalesReceiptRules Instance = new();

    public void Check(ValidationSession s, int row, SalesReceiptIdRequest r) => s.OpenReceipt(row, "Id", r.Id);
}
