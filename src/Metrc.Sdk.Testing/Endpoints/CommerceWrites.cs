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
        bool ok = c.Required(row, "SalesCustomerType", r.SalesCustomerType);
        if (r.SalesDateTime is not { } sold)
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "SalesDateTime is required.");
            return null;
        }

        if (sold > store.Now)
        {
            c.Errors.Add(row, MetrcRuleCodes.DateInFuture, $"SalesDateTime {sold:O} cannot be in the future.");
            return null;
        }

        if (r.ExternalReceiptNumber is { } number
            && (c.Facility.Receipts.Any(x => x.ExternalReceiptNumber == number) || !numbersInRequest.Add(number)))
        {
            c.Errors.Add(row, MetrcRuleCodes.ReceiptNumberInUse, $"A receipt with external number {number} already exists.");
            return null;
        }

        if (r.Transactions is not { Count: > 0 })
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "Transactions are required.");
            return null;
        }

        var lines = new List<(PackageData Package, ReceiptTransactionRow Line)>();
        foreach (ReceiptTransactionRow line in r.Transactions)
        {
            PackageData? package = c.UsablePackage(row, "Transactions.PackageLabel", line.PackageLabel);
            if (package is null || !c.LabTestAllowsUse(row, package, c.Store.RulesFor(c.State).LabTestRequiredForSale, "sale") || !c.Positive(row, "Transactions.Quantity", line.Quantity))
            {
                return null;
            }

            if (!string.Equals(line.UnitOfMeasure, package.Unit, StringComparison.OrdinalIgnoreCase))
            {
                c.Errors.Add(row, MetrcRuleCodes.UnitIncompatible, $"Unit '{line.UnitOfMeasure}' does not match package {package.Label} ({package.Unit}).");
                return null;
            }

            if (line.Quantity > package.Quantity - lines.Where(l => l.Package == package).Sum(l => l.Line.Quantity!.Value))
            {
                c.Errors.Add(row, MetrcRuleCodes.QuantityExceedsAvailable, $"Package {package.Label} holds {package.Quantity} {package.Unit}, less than {line.Quantity}.");
                return null;
            }

            lines.Add((package, line));
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            var receipt = new ReceiptData
            {
                Id = store.NextId(),
                ExternalReceiptNumber = r.ExternalReceiptNumber,
                SalesDateTime = sold,
                SalesCustomerType = r.SalesCustomerType!,
                LastModified = store.Now,
            };
            receipt.ReceiptNumber = receipt.Id.ToString("D10", CultureInfo.InvariantCulture);
            foreach ((PackageData package, ReceiptTransactionRow line) in lines)
            {
                package.Quantity -= line.Quantity!.Value;
                package.LastModified = store.Now;
                c.Facility.Items.TryGetValue(package.Item, out ItemData? item);
                receipt.Lines.Add(new ReceiptLineData
                {
                    PackageId = package.Id,
                    PackageLabel = package.Label,
                    ProductName = package.Item,
                    ProductCategoryName = item?.Category ?? string.Empty,
                    Quantity = line.Quantity.Value,
                    Unit = package.Unit,
                    TotalPrice = line.TotalAmount ?? 0,
                });
            }

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
        if (!c.Required(row, "Name", r.Name))
        {
            return null;
        }

        if (r.Destinations is not { Count: > 0 })
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "Destinations are required.");
            return null;
        }

        int packageCount = r.Destinations.Sum(d => d.Packages?.Count ?? 0);
        if (packageCount > MetrcLimits.MaxTransferPackages)
        {
            c.Errors.Add(row, MetrcRuleCodes.TransferTooManyPackages, $"A manifest may hold at most {MetrcLimits.MaxTransferPackages} packages; this one has {packageCount}.");
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var destinations = new List<(TransferDestinationRow Row, string RecipientName, List<(PackageData Package, decimal? Price)> Packages)>();
        foreach (TransferDestinationRow destination in r.Destinations)
        {
            if (!c.Required(row, "Destinations.RecipientLicenseNumber", destination.RecipientLicenseNumber))
            {
                return null;
            }

            if (destination.Packages is not { Count: > 0 })
            {
                c.Errors.Add(row, MetrcRuleCodes.Required, "Each destination needs packages.");
                return null;
            }

            var packages = new List<(PackageData, decimal?)>();
            foreach (TransferPackageRow item in destination.Packages)
            {
                PackageData? package = c.UsablePackage(row, "Destinations.Packages.PackageLabel", item.PackageLabel);
                if (package is null || !c.LabTestAllowsUse(row, package, c.Store.RulesFor(c.State).LabTestRequiredForTransfer, "transfer"))
                {
                    return null;
                }

                if (!seen.Add(package.Label))
                {
                    c.Errors.Add(row, MetrcRuleCodes.InvalidValue, $"Package {package.Label} appears twice on the manifest.");
                    return null;
                }

                packages.Add((package, item.WholesalePrice));
            }

            string recipient = state.Facilities.TryGetValue(destination.RecipientLicenseNumber!, out FacilityData? to) ? to.Name : destination.RecipientLicenseNumber!;
            destinations.Add((destination, recipient, packages));
        }

        return () =>
        {
            var transfer = new TransferData { Id = store.NextId(), Name = r.Name!, Created = store.Now, LastModified = store.Now };
            transfer.ManifestNumber = transfer.Id.ToString("D10", CultureInfo.InvariantCulture);
            foreach ((TransferDestinationRow destination, string recipient, List<(PackageData Package, decimal? Price)> packages) in destinations)
            {
                var delivery = new DeliveryData
                {
                    Id = store.NextId(),
                    RecipientLicenseNumber = destination.RecipientLicenseNumber!,
                    RecipientName = recipient,
                    EstimatedDeparture = destination.EstimatedDepartureDateTime,
                    EstimatedArrival = destination.EstimatedArrivalDateTime,
                };
                foreach ((PackageData package, decimal? price) in packages)
                {
                    package.Status = PackageStatus.InTransit;
                    package.LastModified = store.Now;
                    c.Facility.Items.TryGetValue(package.Item, out ItemData? item);
                    delivery.Packages.Add(new TransferPackageData
                    {
                        PackageId = package.Id,
                        PackageLabel = package.Label,
                        ProductName = package.Item,
                        ProductCategoryName = item?.Category ?? string.Empty,
                        Quantity = package.Quantity,
                        Unit = package.Unit,
                        WholesalePrice = price,
                    });
                }

                transfer.Deliveries.Add(delivery);
            }

            c.Facility.Transfers.Add(transfer);
            store.CountWrite($"manifest:{c.Facility.LicenseNumber}:{transfer.Name}");
            return transfer.Id;
        };
    }
}
