using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Validation;

/// <summary>The fields a new and an updated sales delivery share, and their rules.</summary>
internal readonly record struct SalesDeliveryChecks(
    OffsetDateTime? SalesDateTime, string? SalesCustomerType, string? PatientLicenseNumber, string? DriverName, string? DriversLicenseNumber,
    string? VehicleMake, string? VehicleModel, string? VehicleLicensePlateNumber, string? RecipientAddressStreet1, string? RecipientAddressCity,
    string? RecipientAddressState, string? RecipientAddressPostalCode, string? PlannedRoute, OffsetDateTime? EstimatedDepartureDateTime,
    OffsetDateTime? EstimatedArrivalDateTime, IReadOnlyList<CreateSalesTransaction>? Transactions)
{
    /// <summary>The sale (date, customer, lines), the recipient's address, the planned route and times, and the transporter where the state requires it.</summary>
    public void Check(ValidationSession s, int row)
    {
        s.Timestamp(row, "SalesDateTime", SalesDateTime);
        s.Customer(row, SalesCustomerType, PatientLicenseNumber);
        s.Required(row, "RecipientAddressStreet1", RecipientAddressStreet1);
        s.Required(row, "RecipientAddressCity", RecipientAddressCity);
        s.Required(row, "RecipientAddressState", RecipientAddressState);
        s.Required(row, "RecipientAddressPostalCode", RecipientAddressPostalCode);
        s.Required(row, "PlannedRoute", PlannedRoute);
        RequiredTime(s, row, "EstimatedDepartureDateTime", EstimatedDepartureDateTime);
        RequiredTime(s, row, "EstimatedArrivalDateTime", EstimatedArrivalDateTime);
        s.DepartureBeforeArrival(row, "EstimatedArrivalDateTime", EstimatedDepartureDateTime, EstimatedArrivalDateTime);
        s.TransporterDetails(row, "DriversLicenseNumber", DriverName, DriversLicenseNumber, VehicleMake, VehicleModel, VehicleLicensePlateNumber);
        s.SaleLines(row, "Transactions", Transactions, CreateSalesReceiptRules.Line, SalesCustomerType);
    }

    private static void RequiredTime(ValidationSession s, int row, string field, OffsetDateTime? value)
    {
        if (value is null)
        {
            s.Report(row, field, Lifecycle.MetrcRuleCodes.Required, $"{field} is required.");
        }
    }
}
