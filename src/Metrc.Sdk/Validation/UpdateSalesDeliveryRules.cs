using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /sales/v2/deliveries</c>: an existing delivery that is not completed, with the rules of a new one.</summary>
internal sealed class UpdateSalesDeliveryRules : IRowRules<UpdateSalesDeliveryRequest>
{
    public static readonly UpdateSalesDeliveryRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateSalesDeliveryRequest r)
    {
        s.OpenDelivery(row, "Id", r.Id);
        new SalesDeliveryChecks(r.SalesDateTime, r.SalesCustomerType, r.PatientLicenseNumber, r.DriverName, r.DriversLicenseNumber, r.VehicleMake,
            r.VehicleModel, r.VehicleLicensePlateNumber, r.RecipientAddressStreet1, r.RecipientAddressCity, r.RecipientAddressState,
            r.RecipientAddressPostalCode, r.PlannedRoute, r.EstimatedDepartureDateTime, r.EstimatedArrivalDateTime, r.Transactions).Check(s, row);
    }
}
