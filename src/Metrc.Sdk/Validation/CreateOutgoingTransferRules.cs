using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

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
            if (!s.RequiredItem(row, FieldPath.Item("Destinations", d, "RecipientLicenseNumber"), destination, "Destination"))
            {
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
        if (!s.RequiredItem(row, label, item, "Package"))
        {
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
