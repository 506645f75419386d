using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>The rules a new and an updated external incoming transfer share.</summary>
internal static class ExternalIncomingTransferChecks
{
    /// <summary>The shipper, the transporter where the state requires it, and destinations whose packages name an item and a positive quantity in a unit of its kind.</summary>
    public static void Check<TDest>(
        ValidationSession s, int row, string? shipperLicense, string? shipperName, (string? Name, string? License, string? Make, string? Model, string? Plate) transporter,
        IReadOnlyList<TDest?>? destinations, Func<TDest, TransferDestinationFields> read, Func<TDest, IReadOnlyList<ExternalIncomingTransferPackageRequest?>?> packages)
        where TDest : class
    {
        s.Required(row, "ShipperLicenseNumber", shipperLicense);
        s.Required(row, "ShipperName", shipperName);
        s.TransporterDetails(row, "DriverLicenseNumber", transporter.Name, transporter.License, transporter.Make, transporter.Model, transporter.Plate);
        s.TransferDestinations(row, destinations, read, (d, destination) =>
        {
            IReadOnlyList<ExternalIncomingTransferPackageRequest?>? list = packages(destination);
            if (!s.RequiredList(row, FieldPath.Item("Destinations", d, "Packages"), list))
            {
                return;
            }

            for (int p = 0; p < list.Count; p++)
            {
                FieldPath item = FieldPath.Nested("Destinations", d, "Packages", p, "ItemName");
                if (!s.RequiredItem(row, item, list[p], "Package") || !s.Required(row, item, list[p]!.ItemName))
                {
                    continue;
                }

                ExternalIncomingTransferPackageRequest package = list[p]!;
                FieldPath quantity = FieldPath.Nested("Destinations", d, "Packages", p, "Quantity");
                if (package.Quantity is { } q)
                {
                    s.Positive(row, quantity, q);
                }
                else
                {
                    s.Required(row, quantity, null);
                }

                s.Unit(row, FieldPath.Nested("Destinations", d, "Packages", p, "UnitOfMeasureName"), package.UnitOfMeasureName, s.ItemKind(row, item, package.ItemName));
            }
        });
    }

    public static TransferDestinationFields Fields(ExternalIncomingTransferDestinationRequest d) =>
        new(d.RecipientLicenseNumber, d.TransferTypeName, d.EstimatedDepartureDateTime, d.EstimatedArrivalDateTime);

    public static TransferDestinationFields Fields(UpdateExternalIncomingTransferDestinationRequest d) =>
        new(d.RecipientLicenseNumber, d.TransferTypeName, d.EstimatedDepartureDateTime, d.EstimatedArrivalDateTime);
}
