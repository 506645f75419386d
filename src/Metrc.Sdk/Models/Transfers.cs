using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>An outgoing transfer (manifest) as Metrc reports it.</summary>
public sealed record Transfer
{
    /// <summary>Metrc's id of the transfer.</summary>
    public long Id { get; init; }

    /// <summary>The manifest number.</summary>
    public string? ManifestNumber { get; init; }

    /// <summary>The shipper's licence number.</summary>
    public string? ShipperFacilityLicenseNumber { get; init; }

    /// <summary>The shipper's name.</summary>
    public string? ShipperFacilityName { get; init; }

    /// <summary>When the transfer was created. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? CreatedDateTime { get; init; }

    /// <summary>How many packages the manifest holds.</summary>
    public int PackageCount { get; init; }

    /// <summary>The deliveries (one per destination).</summary>
    public IReadOnlyList<TransferDelivery> Deliveries { get; init; } = [];

    /// <summary>When Metrc last changed the transfer. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? LastModified { get; init; }

    /// <summary>How many deliveries (destinations) the transfer has.</summary>
    public int? DeliveryCount { get; init; }

    /// <summary>How many deliveries have been received.</summary>
    public int? ReceivedDeliveryCount { get; init; }

    /// <summary>How many packages have been received.</summary>
    public int? ReceivedPackageCount { get; init; }

    /// <summary>Whether the transfer was voided.</summary>
    public bool? IsVoided { get; init; }

    /// <summary>Name of the user who created it.</summary>
    public string? CreatedByUserName { get; init; }

    /// <summary>Metrc id of the delivery this row describes.</summary>
    public long? DeliveryId { get; init; }

    /// <summary>Licence number of the receiving facility.</summary>
    public string? RecipientFacilityLicenseNumber { get; init; }

    /// <summary>Name of the receiving facility.</summary>
    public string? RecipientFacilityName { get; init; }

    /// <summary>Type of shipment (for example Transfer).</summary>
    public string? ShipmentTypeName { get; init; }

    /// <summary>Transaction type of the shipment (for example Standard).</summary>
    public string? ShipmentTransactionType { get; init; }

    /// <summary>Planned departure (with offset).</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>When the shipment actually left (with offset).</summary>
    public OffsetDateTime? ActualDepartureDateTime { get; init; }

    /// <summary>Planned arrival (with offset).</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>When the shipment actually arrived (with offset).</summary>
    public OffsetDateTime? ActualArrivalDateTime { get; init; }

    /// <summary>How many packages the delivery holds.</summary>
    public int? DeliveryPackageCount { get; init; }

    /// <summary>How many packages of the delivery were received.</summary>
    public int? DeliveryReceivedPackageCount { get; init; }

    /// <summary>When it was received (with offset).</summary>
    public OffsetDateTime? ReceivedDateTime { get; init; }

    /// <summary>Planned departure of the return trip (with offset).</summary>
    public OffsetDateTime? EstimatedReturnDepartureDateTime { get; init; }

    /// <summary>When the return trip actually left (with offset).</summary>
    public OffsetDateTime? ActualReturnDepartureDateTime { get; init; }

    /// <summary>Planned arrival of the return trip (with offset).</summary>
    public OffsetDateTime? EstimatedReturnArrivalDateTime { get; init; }

    /// <summary>When the return trip actually arrived (with offset).</summary>
    public OffsetDateTime? ActualReturnArrivalDateTime { get; init; }

    /// <summary>Whether rejected packages were brought back to the shipper.</summary>
    public bool? RejectedPackagesReturned { get; init; }

    /// <summary>Licence number of the transporter.</summary>
    public string? TransporterFacilityLicenseNumber { get; init; }

    /// <summary>Name of the transporter.</summary>
    public string? TransporterFacilityName { get; init; }

    /// <summary>Name of the driver.</summary>
    public string? DriverName { get; init; }

    /// <summary>Occupational licence number of the driver.</summary>
    public string? DriverOccupationalLicenseNumber { get; init; }

    /// <summary>Driver’s licence number of the driver.</summary>
    public string? DriverVehicleLicenseNumber { get; init; }

    /// <summary>Make of the vehicle.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Model of the vehicle.</summary>
    public string? VehicleModel { get; init; }

    /// <summary>Licence plate of the vehicle.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>When the transporter accepted the shipment (with offset).</summary>
    public OffsetDateTime? TransporterAcceptedDateTime { get; init; }

    /// <summary>Whether the trip includes a layover.</summary>
    public bool? IsLayover { get; init; }

    /// <summary>Transporter’s planned departure (with offset).</summary>
    public OffsetDateTime? TransporterEstimatedDepartureDateTime { get; init; }

    /// <summary>When the transporter actually left (with offset).</summary>
    public OffsetDateTime? TransporterActualDepartureDateTime { get; init; }

    /// <summary>Transporter’s planned arrival (with offset).</summary>
    public OffsetDateTime? TransporterEstimatedArrivalDateTime { get; init; }

    /// <summary>When the transporter actually arrived (with offset).</summary>
    public OffsetDateTime? TransporterActualArrivalDateTime { get; init; }

    /// <summary>Drivers and vehicles of each leg of the shipment.</summary>
    public IReadOnlyList<TransferTransporterDetail>? ShipmentTransporterDetails { get; init; }

    /// <summary>Invoice number the licensee attached.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>Licence type of the shipment as Metrc numbers it.</summary>
    public int? ShipmentLicenseType { get; init; }

    /// <summary>Name given to it.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the transfer carries plant packages.</summary>
    public bool? ContainsPlantPackage { get; init; }

    /// <summary>Whether the transfer carries product packages.</summary>
    public bool? ContainsProductPackage { get; init; }

    /// <summary>Whether the transfer carries trade samples.</summary>
    public bool? ContainsTradeSample { get; init; }

    /// <summary>Whether the transfer carries donations.</summary>
    public bool? ContainsDonation { get; init; }

    /// <summary>Whether the transfer carries testing samples.</summary>
    public bool? ContainsTestingSample { get; init; }

    /// <summary>Whether the transfer carries product that still needs remediation.</summary>
    public bool? ContainsProductRequiresRemediation { get; init; }

    /// <summary>Whether the transfer carries remediated product.</summary>
    public bool? ContainsRemediatedProductPackage { get; init; }

    /// <summary>Metrc id of the transfer template it was created from, if any.</summary>
    public long? OriginatingTemplateId { get; init; }
}

/// <summary>One destination of an <see cref="Transfer"/>.</summary>
public sealed record TransferDelivery
{
    /// <summary>Metrc's id of the delivery.</summary>
    public long Id { get; init; }

    /// <summary>The recipient's licence number.</summary>
    public string? RecipientFacilityLicenseNumber { get; init; }

    /// <summary>The recipient's name.</summary>
    public string? RecipientFacilityName { get; init; }

    /// <summary>Planned departure. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Planned arrival. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>Transfer manifest number.</summary>
    public string? ManifestNumber { get; init; }

    /// <summary>Number of the delivery within its manifest.</summary>
    public int? DeliveryNumber { get; init; }

    /// <summary>Type of shipment (for example Transfer).</summary>
    public string? ShipmentTypeName { get; init; }

    /// <summary>Transaction type of the shipment (for example Standard).</summary>
    public string? ShipmentTransactionType { get; init; }

    /// <summary>Invoice number the licensee attached.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>When the shipment actually left (with offset).</summary>
    public OffsetDateTime? ActualDepartureDateTime { get; init; }

    /// <summary>When the shipment actually arrived (with offset).</summary>
    public OffsetDateTime? ActualArrivalDateTime { get; init; }

    /// <summary>Gross weight, in the gross unit of weight.</summary>
    public decimal? GrossWeight { get; init; }

    /// <summary>Metrc id of the unit of the gross weight.</summary>
    public long? GrossUnitOfWeightId { get; init; }

    /// <summary>Name of the unit of the gross weight.</summary>
    public string? GrossUnitOfWeightName { get; init; }

    /// <summary>Route the driver plans to take.</summary>
    public string? PlannedRoute { get; init; }

    /// <summary>How many packages the delivery holds.</summary>
    public int? DeliveryPackageCount { get; init; }

    /// <summary>How many packages of the delivery were received.</summary>
    public int? DeliveryReceivedPackageCount { get; init; }

    /// <summary>When it was received (with offset).</summary>
    public OffsetDateTime? ReceivedDateTime { get; init; }

    /// <summary>Planned departure of the return trip (with offset).</summary>
    public OffsetDateTime? EstimatedReturnDepartureDateTime { get; init; }

    /// <summary>When the return trip actually left (with offset).</summary>
    public OffsetDateTime? ActualReturnDepartureDateTime { get; init; }

    /// <summary>Planned arrival of the return trip (with offset).</summary>
    public OffsetDateTime? EstimatedReturnArrivalDateTime { get; init; }

    /// <summary>When the return trip actually arrived (with offset).</summary>
    public OffsetDateTime? ActualReturnArrivalDateTime { get; init; }

    /// <summary>Whether rejected packages were brought back to the shipper.</summary>
    public bool RejectedPackagesReturned { get; init; }

    /// <summary>Metrc file id of the manifest PDF, if one was generated.</summary>
    public long? PDFDocumentFileSystemId { get; init; }
}

/// <summary>A package on a transfer delivery.</summary>
public sealed record TransferPackage
{
    /// <summary>Metrc's id of the package.</summary>
    public long PackageId { get; init; }

    /// <summary>The package's tag.</summary>
    public string PackageLabel { get; init; } = string.Empty;

    /// <summary>The product (item) name.</summary>
    public string? ProductName { get; init; }

    /// <summary>The product's category.</summary>
    public string? ProductCategoryName { get; init; }

    /// <summary>The quantity shipped.</summary>
    public decimal ShippedQuantity { get; init; }

    /// <summary>Unit of <see cref="ShippedQuantity"/>.</summary>
    public string? ShippedUnitOfMeasureName { get; init; }

    /// <summary>The wholesale price, when given.</summary>
    public decimal? ShipperWholesalePrice { get; init; }

    /// <summary>Type of package; values Metrc adds later read as unknown, not an error.</summary>
    public PackageType? PackageType { get; init; }

    /// <summary>Names of the harvests it came from, comma separated.</summary>
    public string? SourceHarvestNames { get; init; }

    /// <summary>Tags of the packages it came from, comma separated.</summary>
    public string? SourcePackageLabels { get; init; }

    /// <summary>Metrc id of the item (product).</summary>
    public long? ItemId { get; init; }

    /// <summary>Name of the item (product).</summary>
    public string? ItemName { get; init; }

    /// <summary>Category of the item (product).</summary>
    public string? ItemCategoryName { get; init; }

    /// <summary>Strain of the item, if it has one.</summary>
    public string? ItemStrainName { get; init; }

    /// <summary>Brand of the item (product).</summary>
    public string? ItemBrandName { get; init; }

    /// <summary>CBD percentage of one unit of the item.</summary>
    public decimal? ItemUnitCbdPercent { get; init; }

    /// <summary>CBD content of one unit of the item.</summary>
    public decimal? ItemUnitCbdContent { get; init; }

    /// <summary>Unit of the CBD content per unit.</summary>
    public string? ItemUnitCbdContentUnitOfMeasureName { get; init; }

    /// <summary>CBD content per dose of one unit of the item.</summary>
    public decimal? ItemUnitCbdContentDose { get; init; }

    /// <summary>Unit of the CBD content dose per unit.</summary>
    public string? ItemUnitCbdContentDoseUnitOfMeasureName { get; init; }

    /// <summary>THC percentage of one unit of the item.</summary>
    public decimal? ItemUnitThcPercent { get; init; }

    /// <summary>THC content of one unit of the item.</summary>
    public decimal? ItemUnitThcContent { get; init; }

    /// <summary>Unit of the THC content per unit.</summary>
    public string? ItemUnitThcContentUnitOfMeasureName { get; init; }

    /// <summary>THC content per dose of one unit of the item.</summary>
    public decimal? ItemUnitThcContentDose { get; init; }

    /// <summary>Unit of the THC content dose per unit.</summary>
    public string? ItemUnitThcContentDoseUnitOfMeasureName { get; init; }

    /// <summary>CBDA percentage of one unit of the item.</summary>
    public decimal? ItemUnitCbdAPercent { get; init; }

    /// <summary>CBDA content of one unit of the item.</summary>
    public decimal? ItemUnitCbdAContent { get; init; }

    /// <summary>Unit of the CBDA content per unit.</summary>
    public string? ItemUnitCbdAContentUnitOfMeasureName { get; init; }

    /// <summary>CBDA content per dose of one unit of the item.</summary>
    public decimal? ItemUnitCbdAContentDose { get; init; }

    /// <summary>Unit of the CBDA content dose per unit.</summary>
    public string? ItemUnitCbdAContentDoseUnitOfMeasureName { get; init; }

    /// <summary>THCA percentage of one unit of the item.</summary>
    public decimal? ItemUnitThcAPercent { get; init; }

    /// <summary>THCA content of one unit of the item.</summary>
    public decimal? ItemUnitThcAContent { get; init; }

    /// <summary>Unit of the THCA content per unit.</summary>
    public string? ItemUnitThcAContentUnitOfMeasureName { get; init; }

    /// <summary>THCA content per dose of one unit of the item.</summary>
    public decimal? ItemUnitThcAContentDose { get; init; }

    /// <summary>Unit of the THCA content dose per unit.</summary>
    public string? ItemUnitThcAContentDoseUnitOfMeasureName { get; init; }

    /// <summary>Volume of one unit of the item.</summary>
    public decimal? ItemUnitVolume { get; init; }

    /// <summary>Unit of the volume per unit.</summary>
    public string? ItemUnitVolumeUnitOfMeasureName { get; init; }

    /// <summary>Weight of one unit of the item.</summary>
    public decimal? ItemUnitWeight { get; init; }

    /// <summary>Unit of the weight per unit.</summary>
    public string? ItemUnitWeightUnitOfMeasureName { get; init; }

    /// <summary>Serving size of the item.</summary>
    public string? ItemServingSize { get; init; }

    /// <summary>Days one unit of the item is meant to last.</summary>
    public int? ItemSupplyDurationDays { get; init; }

    /// <summary>Quantity of one unit of the item.</summary>
    public decimal? ItemUnitQuantity { get; init; }

    /// <summary>Unit of the quantity per unit.</summary>
    public string? ItemUnitQuantityUnitOfMeasureName { get; init; }

    /// <summary>Lab testing state; values Metrc adds later read as unknown, not an error.</summary>
    public LabTestingState? LabTestingState { get; init; }

    /// <summary>Production batch number, when it is a production batch.</summary>
    public string? ProductionBatchNumber { get; init; }

    /// <summary>Whether it is a trade sample.</summary>
    public bool IsTradeSample { get; init; }

    /// <summary>Whether the trade-sample flag carries over to packages made from it.</summary>
    public bool IsTradeSamplePersistent { get; init; }

    /// <summary>Whether a source package was a trade sample.</summary>
    public bool SourcePackageIsTradeSample { get; init; }

    /// <summary>Whether it is a donation.</summary>
    public bool IsDonation { get; init; }

    /// <summary>Whether a source package was a donation.</summary>
    public bool SourcePackageIsDonation { get; init; }

    /// <summary>Whether it is a sample sent for lab testing.</summary>
    public bool IsTestingSample { get; init; }

    /// <summary>Whether the product must be remediated before it can be sold.</summary>
    public bool ProductRequiresRemediation { get; init; }

    /// <summary>Whether it contains remediated product.</summary>
    public bool ContainsRemediatedProduct { get; init; }

    /// <summary>Day of the remediation (facility-local calendar day).</summary>
    public LocalDate? RemediationDate { get; init; }

    /// <summary>State of the package on its shipment; values Metrc adds later read as unknown, not an error.</summary>
    public TransferPackageState? ShipmentPackageState { get; init; }

    /// <summary>Day it was packaged (facility-local calendar day).</summary>
    public LocalDate? PackagedDate { get; init; }

    /// <summary>Expiration day printed on the product (facility-local calendar day).</summary>
    public LocalDate? ExpirationDate { get; init; }

    /// <summary>Sell-by day (facility-local calendar day).</summary>
    public LocalDate? SellByDate { get; init; }

    /// <summary>Use-by day (facility-local calendar day).</summary>
    public LocalDate? UseByDate { get; init; }

    /// <summary>Name of the unit of the gross weight.</summary>
    public string? GrossUnitOfWeightName { get; init; }

    /// <summary>Quantity received, in the received unit of measure.</summary>
    public decimal? ReceivedQuantity { get; init; }

    /// <summary>Name of the unit the quantity was received in.</summary>
    public string? ReceivedUnitOfMeasureName { get; init; }

    /// <summary>Retail ID (QR label) details of the package, where the state uses Retail ID.</summary>
    public ProductLabel? ProductLabel { get; init; }

    /// <summary>Production batch numbers of the source packages, comma separated.</summary>
    public string? SourceProductionBatchNumbers { get; init; }

    /// <summary>The licensee’s own id for the package, if set.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Whether it is flagged as a finished good.</summary>
    public bool IsFinishedGood { get; init; }
}

/// <summary>A row of <c>POST /transfers/v2/templates/outgoing</c>: one manifest (at most 200 packages in all).</summary>
public sealed record CreateOutgoingTransferRequest
{
    /// <summary>The manifest's name.</summary>
    public required string Name { get; init; }

    /// <summary>The transporter's licence number, when another facility transports.</summary>
    public string? TransporterFacilityLicenseNumber { get; init; }

    /// <summary>The driver's name.</summary>
    public string? DriverName { get; init; }

    /// <summary>The vehicle's plate number.</summary>
    public string? VehicleLicensePlateNumber { get; init; }

    /// <summary>The destinations and their packages.</summary>
    public required IReadOnlyList<TransferDestinationRequest> Destinations { get; init; }

    /// <summary>Occupational licence number of the driver.</summary>
    public string? DriverOccupationalLicenseNumber { get; init; }

    /// <summary>Driver’s licence number of the driver.</summary>
    public string? DriverLicenseNumber { get; init; }

    /// <summary>Phone number to call with questions about the shipment.</summary>
    public string? PhoneNumberForQuestions { get; init; }

    /// <summary>Make of the vehicle.</summary>
    public string? VehicleMake { get; init; }

    /// <summary>Model of the vehicle.</summary>
    public string? VehicleModel { get; init; }
}

/// <summary>One destination of a <see cref="CreateOutgoingTransferRequest"/>.</summary>
public sealed record TransferDestinationRequest
{
    /// <summary>The recipient's licence number.</summary>
    public required string RecipientLicenseNumber { get; init; }

    /// <summary>The transfer type (for example <c>Wholesale Manifest</c>).</summary>
    public required string TransferTypeName { get; init; }

    /// <summary>Planned departure. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? EstimatedDepartureDateTime { get; init; }

    /// <summary>Planned arrival. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? EstimatedArrivalDateTime { get; init; }

    /// <summary>The packages for this destination.</summary>
    public required IReadOnlyList<TransferPackageRequest> Packages { get; init; }

    /// <summary>Invoice number the licensee attached.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>Route the driver plans to take.</summary>
    public string? PlannedRoute { get; init; }

    /// <summary>Transporters that carry the delivery, with their drivers and vehicles.</summary>
    public IReadOnlyList<TransferTransporterRequest>? Transporters { get; init; }
}

/// <summary>A package on a <see cref="TransferDestinationRequest"/>.</summary>
public sealed record TransferPackageRequest
{
    /// <summary>The package's tag (active).</summary>
    public required string PackageLabel { get; init; }

    /// <summary>The wholesale price, when the state asks for one.</summary>
    public decimal? WholesalePrice { get; init; }

    /// <summary>Gross weight, in the gross unit of weight.</summary>
    public decimal? GrossWeight { get; init; }

    /// <summary>Name of the unit of the gross weight.</summary>
    public string? GrossUnitOfWeightName { get; init; }
}
