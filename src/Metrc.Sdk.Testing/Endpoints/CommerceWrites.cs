using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Rules;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>Sales receipts and outgoing transfers.</summary>
internal static class CommerceWrites
{
    public static Func<long?>? Receipt(EmulatorStore store, RowChecks c, int row, ReceiptRow r, HashSet<string> numbersInRequest)
    {
        if (!c.Customer(row, r.SalesCustomerType, r.PatientLicenseNumber) || !c.Timestamp(row, "SalesDateTime", r.SalesDateTime)
            || !SalesWrites.UniqueNumber(c, row, r.ExternalReceiptNumber, numbersInRequest, null))
        {
            return null;
        }

        if (c.SaleLines(row, r.Transactions, r.SalesCustomerType) is not { } lines)
        {
            return null;
        }

        return () =>
        {
            var receipt = new ReceiptData
            {
                Id = store.NextId(),
                ExternalReceiptNumber = r.ExternalReceiptNumber,
                SalesDateTime = r.SalesDateTime!.Value,
                SalesCustomerType = r.SalesCustomerType!,
                LastModified = store.Now,
                Lines = c.Take(lines),
            };
            receipt.ReceiptNumber = receipt.Id.ToString("D10", CultureInfo.InvariantCulture);
            c.Facility.Receipts.Add(receipt);
            if (receipt.ExternalReceiptNumber is { } external)
            {
                store.CountWrite($"receipt:{c.Facility.LicenseNumber}:{external}");
            }

            return receipt.Id;
        };
    }

    public static Func<long?>? Transfer(EmulatorStore store, StateData state, RowChecks c, int row, TransferRow r)
    {
        if (TransferWrites.Manifest(state, c, row, r, own: null) is not { } destinations)
        {
            return null;
        }

        return () =>
        {
            var transfer = new TransferData { Id = store.NextId(), Name = r.Name!, Created = store.Now, LastModified = store.Now };
            transfer.ManifestNumber = transfer.Id.ToString("D10", CultureInfo.InvariantCulture);
            TransferWrites.Ship(store, c, transfer, destinations);
            c.Facility.Transfers.Add(transfer);
            store.CountWrite($"manifest:{c.Facility.LicenseNumber}:{transfer.Name}");
            return transfer.Id;
        };
    }
}
