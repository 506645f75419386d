using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: transfer template.</summary>
public sealed record TransferTemplate
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Manifest number.</summary>
    public string? ManifestNumber { get; init; }

    /// <summary>Invoice number.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>Shipment license type.</summary>
    public int? ShipmentLicenseType { get; init; }

    /// <summary>Shipper facility license number.</summary>
    public string? ShipperFacilityLicenseNumber { get; init; }

    /// <summary>Shipper facility name.</summary>
    public string? ShipperFacilityName { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Transporter facility license number.</summary>
    public string? TransporterFacilityLicenseNumber { get; init; }

    /// <summary>Transporter facility name.</summary>
    public string? TransporterFacilityName { get; init; }

    /// <summary>Driver name.</summary>
    public string? DriverName { get; init; }

    /// <summary>Driver occupational license number.</summary>
    public string? DriverOccupationalLicenseNumber { get; init; }

    /// <summary>Driver vehicle license number.</summary>
    public string? DriverVehicleLicenseNumber { get; init; }

    /// <summary>Vehicle make.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Vehicle model.</summary>
    public string? VehicleModel { get; init; }

    /// <summary>Vehicle license plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>Delivery count.</summary>
    public int? DeliveryCount { get; init; }

    /// <summary>Received delivery count.</summary>
    public int? ReceivedDeliveryCount { get; init; }

    /// <summary>Package count.</summary>
    public int? PackageCount { get; init; }

    /// <summary>Received package count.</summary>
    public int? ReceivedPackageCount { get; init; }

    /// <summary>Contains plant package.</summary>
    public bool ContainsPlantPackage { get; init; }

    /// <summary>Contains product package.</summary>
    public bool ContainsProductPackage { get; init; }

    /// <summary>Contains trade sample.</summary>
    public bool ContainsTradeSample { get; init; }

    /// <summary>Contains donation.</summary>
    public bool ContainsDonation { get; init; }

    /// <summary>Contains testing sample.</summary>
    public bool ContainsTestingSample { get; init; }

    /// <summary>Contains product requires remediation.</summary>
    public bool ContainsProductRequiresRemediation { get; init; }

    /// <summary>Contains remediated product package.</summary>
    public bool ContainsRemediatedProductPackage { get; init; }

    /// <summary>Whether voided.</summary>
    public bool IsVoided { get; init; }

    /// <summary>Created date time.</summary>
    public OffsetDateTime? CreatedDateTime { get; init; }

    /// <summary>Created by user name.</summary>
    public string? CreatedByUserName { get; init; }

    /// <summary>Last modified.</summary>
    public OffsetDateTime? LastModified { get; init; }

    /// <summary>Delivery id.</summary>
    public long? DeliveryId { get; init; }

    /// <summary>Recipient facility license number.</summary>
    public string? RecipientFacilityLicenseNumber { get; init; }

    /// <summary>Recipient facility name.</summary>
    public string? RecipientFacilityName { get; init; }

    /// <summary>Shipment type name.</summary>
    public string? ShipmentTypeName { get; init; }

    /// <summary>Shipment transaction type.</summary>
    public string? ShipmentTransactionType { get; init; }

    /// <summary>Estimated departure date time.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Actual departure date time.</summary>
    public OffsetDateTime? ActualDepartureDateTime { get; init; }

    /// <summary>Estimated arrival date time.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>Actual arrival date time.</summary>
    public OffsetDateTime? ActualArrivalDateTime { get; init; }

    /// <summary>Delivery package count.</summary>
    public int? DeliveryPackageCount { get; init; }

    /// <summary>Delivery received package count.</summary>
    public int? DeliveryReceivedPackageCount { get; init; }

    /// <summary>Received date time.</summary>
    public OffsetDateTime? ReceivedDateTime { get; init; }

    /// <summary>Estimated return departure date time.</summary>
    public OffsetDateTime? EstimatedReturnDepartureDateTime { get; init; }

    /// <summary>Actual return departure date time.</summary>
    public OffsetDateTime? ActualReturnDepartureDateTime { get; init; }

    /// <summary>Estimated return arrival date time.</summary>
    public OffsetDateTime? EstimatedReturnArrivalDateTime { get; init; }

    /// <summary>Actual return arrival date time.</summary>
    public OffsetDateTime? ActualReturnArrivalDateTime { get; init; }

    /// <summary>Originating template id.</summary>
    public long? OriginatingTemplateId { get; init; }
}
