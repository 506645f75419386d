using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /transfers/v2/templates/outgoing</c>: an existing template, with the rules of a new manifest.</summary>
internal sealed class UpdateOutgoingTransferRules : IRowRules<UpdateOutgoingTransferRequest>
{
    public static readonly UpdateOutgoingTransferRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateOutgoingTransferRequest r)
    {
        IReadOnlyList<string>? own = null;
        if (s.RequiredId(row, "TransferTemplateId", r.TransferTemplateId) && s.Snapshot?.TransferTemplates is { } templates
            && !templates.TryGetValue(r.TransferTemplateId.Value, out own))
        {
            s.Report(row, "TransferTemplateId", MetrcRuleCodes.TransferTemplateNotFound, $"Transfer template {r.TransferTemplateId} was not found.");
        }

        s.Required(row, "Name", r.Name);
        s.TransporterDetails(row, "DriverLicenseNumber", r.DriverName, r.DriverLicenseNumber, r.VehicleMake, r.VehicleModel, r.VehicleLicensePlateNumber);
        if (r.Destinations is { Count: > 0 })
        {
            int total = 0;
            foreach (UpdateOutgoingTransferDestinationRequest? destination in r.Destinations)
            {
                total += destination?.Packages?.Count ?? 0;
            }

            s.ManifestSize(row, total);
        }

        s.TransferDestinations(row, r.Destinations,
            static d => new TransferDestinationFields(d.RecipientLicenseNumber, d.TransferTypeName, d.EstimatedDepartureDateTime, d.EstimatedArrivalDateTime),
            (d, destination) => s.ManifestPackages(row, d, destination.Packages, static p => (p.PackageLabel, p.WholesalePrice), own));
    }
}
