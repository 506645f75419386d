using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /sales/v2/receipts/unfinalize</c>: an existing receipt that is finalized.</summary>
internal sealed class UnfinalizeSalesReceiptRules : IRowRules<SalesReceiptIdRequest>
{
    public static readonly UnfinalizeSalesReceiptRules Instance = new();

    public void Check(ValidationSession s, int row, SalesReceiptIdRequest r)
    {
        if (s.Receipt(row, "Id", r.Id) is { IsFinal: false })
        {
            s.Report(row, "Id", MetrcRuleCodes.ReceiptNotFinalized, $"Sales receipt {r.Id} is not finalized.");
        }
    }
}
