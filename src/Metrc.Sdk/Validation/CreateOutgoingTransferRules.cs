using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /transfers/v2/templates/outgoing</c>.</summary>
internal sealed class CreateOutgoingTransferRules : IRowRules<CreateOutgoingTransferRequest>
{
    public static readonly CreateOutgoingTransferRules Instance = new();

    public void Check(ValidationSession s, int row, CreateOutgoingTransferRequest r)
    {
        s.Required(row, "Name", r.Name);
        s.TransporterDetails(row, "DriverLicenseNumber", r.DriverName, r.DriverLicenseNumber, r.VehicleMake, r.VehicleModel, r.VehicleLicensePlateNumber);
        if (r.Destinations is { Count: > 0 })
        {
            int total = 0;
            foreach (TransferDestinationRequest? destination in r.Destinations)
            {
                total += destination?.Packages?.Count ?? 0;
            }

            s.ManifestSize(row, total);
        }

        s.TransferDestinations(row, r.Destinations,
            static d => new TransferDestinationFields(d.RecipientLicenseNumber, d.TransferTypeName, d.EstimatedDepartureDateTime, d.EstimatedArrivalDateTime),
            (d, destination) => s.ManifestPackages(row, d, destination.Packages, static p => (p.PackageLabel, p.WholesalePrice)));
    }
}
