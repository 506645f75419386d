using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of the hub steps of a transfer (<c>POST /transfers/v2/hub/arrive|checkin|checkout|depart</c>): the delivery and the direction.</summary>
internal sealed class TransferHubRules : IRowRules<TransferHubRequest>
{
    public static readonly TransferHubRules Instance = new();

    public void Check(ValidationSession s, int row, TransferHubRequest r)
    {
        s.RequiredId(row, "ShipmentDeliveryId", r.ShipmentDeliveryId);
        s.Required(row, "TransporterDirection", r.TransporterDirection);
    }
}
