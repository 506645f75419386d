using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /transfers/v2/external/incoming</c>.</summary>
internal sealed class CreateExternalIncomingTransferRules : IRowRules<CreateExternalIncomingTransferRequest>
{
    public static readonly CreateExternalIncomingTransferRules Instance = new();

    public void Check(ValidationSession s, int row, CreateExternalIncomingTransferRequest r) =>
        ExternalIncomingTransferChecks.Check(s, row, r.ShipperLicenseNumber, r.ShipperName,
            (r.DriverName, r.DriverLicenseNumber, r.VehicleMake, r.VehicleModel, r.VehicleLicensePlateNumber),
            r.Destinations, ExternalIncomingTransferChecks.Fields, static d => d.Packages);
}
