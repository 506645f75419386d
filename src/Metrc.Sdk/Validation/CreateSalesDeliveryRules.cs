using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /sales/v2/deliveries</c>.</summary>
internal sealed class CreateSalesDeliveryRules : IRowRules<CreateSalesDeliveryRequest>
{
    public static readonly CreateSalesDeliveryRules Instance = new();

    public void Check(ValidationSession s, int row, CreateSalesDeliveryRequest r) =>
        new SalesDeliveryChecks(r.SalesDateTime, r.SalesCustomerType, r.PatientLicenseNumber, r.DriverName, r.DriversLicenseNumber, r.VehicleMake,
            r.VehicleModel, r.VehicleLicensePlateNumber, r.RecipientAddressStreet1, r.RecipientAddressCity, r.RecipientAddressState,
            r.RecipientAddressPostalCode, r.PlannedRoute, r.EstimatedDepartureDateTime, r.EstimatedArrivalDateTime, r.Transactions).Check(s, row);
}
