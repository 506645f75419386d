namespace Metrc.Sdk.Testing.Endpoints;

// Wire rows of the sales, delivery, transfer, transporter and patient writes (nullable members: a missing field is a row error).
#pragma warning disable SA1402, SA1649 // small wire records kept together

internal sealed record UpdateReceiptRow(long? Id, DateTimeOffset? SalesDateTime, string? SalesCustomerType, string? PatientLicenseNumber, string? ExternalReceiptNumber, List<ReceiptTransactionRow>? Transactions);

internal sealed record IdRow(long? Id);

internal sealed record SalesDeliveryRow(
    long? Id, DateTimeOffset? SalesDateTime, string? SalesCustomerType, string? PatientLicenseNumber, string? DriverName, string? DriversLicenseNumber,
    string? VehicleMake, string? VehicleModel, string? VehicleLicensePlateNumber, string? RecipientAddressStreet1, string? RecipientAddressCity,
    string? RecipientAddressState, string? RecipientAddressPostalCode, string? PlannedRoute, DateTimeOffset? EstimatedDepartureDateTime,
    DateTimeOffset? EstimatedArrivalDateTime, List<ReceiptTransactionRow>? Transactions);

internal sealed record CompleteDeliveryRow(long? Id, DateTimeOffset? ActualArrivalDateTime, List<string?>? AcceptedPackages, List<ReturnedPackageRow?>? ReturnedPackages);

internal sealed record ReturnedPackageRow(string? Label, decimal? ReturnQuantityVerified, string? ReturnUnitOfMeasure);

internal sealed record ExternalIncomingRow(
    long? TransferId, string? ShipperLicenseNumber, string? ShipperName, string? DriverName, string? DriverLicenseNumber, string? VehicleMake,
    string? VehicleModel, string? VehicleLicensePlateNumber, List<ExternalIncomingDestinationRow?>? Destinations);

internal sealed record ExternalIncomingDestinationRow(
    string? RecipientLicenseNumber, string? TransferTypeName, DateTimeOffset? EstimatedDepartureDateTime, DateTimeOffset? EstimatedArrivalDateTime,
    List<ExternalIncomingPackageRow?>? Packages);

internal sealed record ExternalIncomingPackageRow(string? ItemName, decimal? Quantity, string? UnitOfMeasureName);

internal sealed record HubRow(long? ShipmentDeliveryId, string? TransporterDirection);

internal sealed record DriverRow(string? Id, string? Name, string? EmployeeId, string? DriversLicenseNumber);

internal sealed record VehicleRow(string? Id, string? Make, string? Model, string? LicensePlateNumber);

internal sealed record PatientRow(string? LicenseNumber, DateOnly? LicenseEffectiveStartDate, DateOnly? LicenseEffectiveEndDate, DateOnly? ActualDate);

internal sealed record PatientCheckInRow(long? Id, string? PatientLicenseNumber, long? CheckInLocationId, DateOnly? RegistrationStartDate, DateOnly? RegistrationExpiryDate, DateOnly? CheckInDate);
