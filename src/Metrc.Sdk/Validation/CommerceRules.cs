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
        else if (!s.UniqueName("receipt:" + r.ExternalReceiptNumber))
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
            if (line is null)
            {
                s.Report(row, label, MetrcRuleCodes.Required, "Transaction is required (the list holds a null).");
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

/// <summary>Rules of <c>POST /transfers/v2/templates/outgoing</c>.</summary>
internal sealed class CreateOutgoingTransferRules : IRowRules<CreateOutgoingTransferRequest>
{
    public static readonly CreateOutgoingTransferRules Instance = new();

    public void Check(ValidationSession s, int row, CreateOutgoingTransferRequest r)
    {
        s.Required(row, "Name", r.Name);
        if (!s.RequiredList(row, "Destinations", r.Destinations))
        {
            return;
        }

        int total = 0;
        foreach (TransferDestinationRequest? destination in r.Destinations)
        {
            total += destination?.Packages?.Count ?? 0;
        }

        if (total > s.Rules.MaxTransferPackages)
        {
            s.Report(row, "Destinations", MetrcRuleCodes.TransferTooManyPackages, $"A manifest may hold at most {s.Rules.MaxTransferPackages} packages; this one has {total}.");
        }

        for (int d = 0; d < r.Destinations.Count; d++)
        {
            TransferDestinationRequest? destination = r.Destinations[d];
            if (destination is null)
            {
                s.Report(row, FieldPath.Item("Destinations", d, "RecipientLicenseNumber"), MetrcRuleCodes.Required, "Destination is required (the list holds a null).");
                continue;
            }

            s.Required(row, FieldPath.Item("Destinations", d, "RecipientLicenseNumber"), destination.RecipientLicenseNumber);
            s.Required(row, FieldPath.Item("Destinations", d, "TransferTypeName"), destination.TransferTypeName);
            if (destination.EstimatedDepartureDateTime is { } departure && destination.EstimatedArrivalDateTime is { } arrival
                && arrival.ToInstant() < departure.ToInstant())
            {
                s.Report(row, FieldPath.Item("Destinations", d, "EstimatedArrivalDateTime"), MetrcRuleCodes.InvalidValue, "EstimatedArrivalDateTime is before EstimatedDepartureDateTime.");
            }

            if (!s.RequiredList(row, FieldPath.Item("Destinations", d, "Packages"), destination.Packages))
            {
                continue;
            }

            for (int p = 0; p < destination.Packages.Count; p++)
            {
                CheckPackage(s, row, FieldPath.Nested("Destinations", d, "Packages", p, "PackageLabel"), destination.Packages[p]);
            }
        }
    }

    private static void CheckPackage(ValidationSession s, int row, FieldPath label, TransferPackageRequest? item)
    {
        if (item is null)
        {
            s.Report(row, label, MetrcRuleCodes.Required, "Package is required (the list holds a null).");
            return;
        }

        if (item.WholesalePrice is < 0)
        {
            s.Report(row, label, MetrcRuleCodes.InvalidValue, "WholesalePrice must not be negative.");
        }

        if (s.UniqueLabel(row, label, item.PackageLabel) && s.UsablePackage(row, label, item.PackageLabel) is { } package)
        {
            s.LabTest(row, label, s.Rules.LabTestRequiredForTransfer, item.PackageLabel, package, "transfer");
        }
    }
}

/// <summary>Finds the rules of a write operation.</summary>
internal static class RowRules
{
    /// <summary>The rules of <paramref name="operation"/>, or <see langword="null"/> when the SDK has none for it.</summary>
    public static IRowRules<T>? For<T>(MetrcWriteOperation<T> operation)
    {
        object? rules = operation.Name switch
        {
            "Packages.Create" => CreatePackageRules.Instance,
            "Packages.Finish" => FinishPackageRules.Instance,
            "Packages.Unfinish" => UnfinishPackageRules.Instance,
            "Packages.Adjust" => AdjustPackageRules.Instance,
            "PlantBatches.CreatePlantings" => CreatePlantingsRules.Instance,
            "PlantBatches.ChangeGrowthPhase" => ChangePlantBatchGrowthPhaseRules.Instance,
            "Plants.ChangeGrowthPhase" => ChangePlantGrowthPhaseRules.Instance,
            "Plants.Harvest" => HarvestPlantRules.Harvest,
            "Plants.Manicure" => HarvestPlantRules.Manicure,
            "Plants.Destroy" => DestroyPlantRules.Instance,
            "Harvests.CreatePackages" => CreateHarvestPackageRules.Instance,
            "Sales.CreateReceipts" => CreateSalesReceiptRules.Instance,
            "Transfers.CreateOutgoing" => CreateOutgoingTransferRules.Instance,
            _ => null,
        };
        return rules as IRowRules<T>;
    }
}
