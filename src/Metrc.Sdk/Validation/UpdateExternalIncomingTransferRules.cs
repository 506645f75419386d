using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /transfers/v2/external/incoming</c>: an existing transfer, with the rules of a new one.</summary>
internal sealed class UpdateExternalIncomingTransferRules : IRowRules<UpdateExternalIncomingTransferRequest>
{
    public static readonly UpdateExternalIncomingTransferRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateExternalIncomingTransferRequest r)
    {
        if (s.RequiredId(row, "TransferId", r.TransferId))
        {
            s.KnownId(row, "TransferId", r.TransferId.Value, s.Snapshot?.ExternalIncomingTransfers, MetrcRuleCodes.TransferNotFound, "External incoming transfer");
        }

        ExternalIncomingTransferChecks.Check(s, row, r.ShipperLicenseNumber, r.ShipperName,
            (r.DriverName, r.DriverLicenseNumber, r.VehicleMake, r.VehicleModel, r.VehicleLicensePlateNumber),
            r.Destinations, ExternalIncomingTransferChecks.Fields, static d => d.Packages);
    }
}
