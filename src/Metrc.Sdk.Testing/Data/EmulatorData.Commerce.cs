namespace Metrc.Sdk.Testing.Data;

// Sales deliveries, external incoming transfers, drivers and vehicles (receipts and transfer templates are in EmulatorData.cs).
internal sealed partial class FacilityData
{
    public List<SalesDeliveryData> SalesDeliveries { get; set; } = [];

    public List<ExternalIncomingData> ExternalIncoming { get; set; } = [];

    public Dictionary<string, DriverData> Drivers { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, VehicleData> Vehicles { get; set; } = new(StringComparer.Ordinal);
}

internal sealed class SalesDeliveryData
{
    public long Id { get; set; }

    public string SalesCustomerType { get; set; } = string.Empty;

    public DateTimeOffset SalesDateTime { get; set; }

    public string? PlannedRoute { get; set; }

    public bool Completed { get; set; }

    public List<ReceiptLineData> Lines { get; set; } = [];

    public DateTimeOffset LastModified { get; set; }
}

internal sealed class ExternalIncomingData
{
    public long Id { get; set; }

    public string ShipperLicenseNumber { get; set; } = string.Empty;

    public string ShipperName { get; set; } = string.Empty;

    public int PackageCount { get; set; }

    public DateTimeOffset LastModified { get; set; }
}

internal sealed class DriverData
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public string DriversLicenseNumber { get; set; } = string.Empty;
}

internal sealed class VehicleData
{
    public string Id { get; set; } = string.Empty;

    public string Make { get; set; } = string.Empty;

    public string Model { get; set; } = string.Empty;

    public string LicensePlateNumber { get; set; } = string.Empty;
}
