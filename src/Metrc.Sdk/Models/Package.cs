using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A package as Metrc reports it.</summary>
public sealed record Package
{
    /// <summary>Metrc's id of the package.</summary>
    public long Id { get; init; }

    /// <summary>The package tag (24 characters).</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The package type (for example <see cref="Models.PackageType.Product"/>); values Metrc adds later read as unknown, not an error.</summary>
    public PackageType? PackageType { get; init; }

    /// <summary>Id of the location holding the package.</summary>
    public long? LocationId { get; init; }

    /// <summary>Name of the location holding the package.</summary>
    public string? LocationName { get; init; }

    /// <summary>Current quantity.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public decimal Quantity { get; init; }

    /// <summary>Unit of <see cref="Quantity"/> (for example <c>Grams</c>).</summary>
    public string? UnitOfMeasureName { get; init; }

    /// <summary>Id of the item (product) packaged.</summary>
    public long? ItemId { get; init; }

    /// <summary>The item (product) packaged.</summary>
    public Item? Item { get; init; }

    /// <summary>Names of the harvests the package came from.</summary>
    public string? SourceHarvestNames { get; init; }

    /// <summary>The day the package was created. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? PackagedDate { get; init; }

    /// <summary>Lab testing state (for example <see cref="LabTestingState.TestPassed"/>); values Metrc adds later read as unknown, not an error.</summary>
    public LabTestingState? LabTestingState { get; init; }

    /// <summary>Whether the package is on hold.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsOnHold { get; init; }

    /// <summary>Whether the package is finished (inactive); a finished package cannot be sold until unfinished.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsFinished { get; init; }

    /// <summary>The day the package was finished. A date in the facility's calendar (its time zone), as Metrc sent it; no time of day or offset.</summary>
    public LocalDate? FinishedDate { get; init; }

    /// <summary>Whether the package is in transit on a transfer.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsInTransit { get; init; }

    /// <summary>The caller's external id for the package, if set.</summary>
    public string? ExternalId { get; init; }

    /// <summary>When Metrc last changed the package. An instant with its UTC offset (not a calendar date); compare instants, not local dates.</summary>
    public OffsetDateTime? LastModified { get; init; }

    /// <summary>How many harvests it came from.</summary>
    public int? SourceHarvestCount { get; init; }

    /// <summary>How many packages it came from.</summary>
    public int? SourcePackageCount { get; init; }

    /// <summary>How many processing jobs it came from.</summary>
    public int? SourceProcessingJobCount { get; init; }

    /// <summary>Tags of the packages it came from, comma separated.</summary>
    public string? SourcePackageLabels { get; init; }

    /// <summary>Metrc id of the sublocation inside the location, if any.</summary>
    public long? SublocationId { get; init; }

    /// <summary>Name of the sublocation inside the location, if any.</summary>
    public string? SublocationName { get; init; }

    /// <summary>Type of the location holding it (a facility-defined location type).</summary>
    public string? LocationTypeName { get; init; }

    /// <summary>Quantity the package held when it was created, in its unit of measure.</summary>
    public decimal? OriginalPackageQuantity { get; init; }

    /// <summary>Abbreviation of the unit of measure (for example g).</summary>
    public string? UnitOfMeasureAbbreviation { get; init; }

    /// <summary>Licence number of the patient this record is tied to (medical programs); empty otherwise.</summary>
    public string? PatientLicenseNumber { get; init; }

    /// <summary>Licence number of the facility that owns the item.</summary>
    public string? ItemFromFacilityLicenseNumber { get; init; }

    /// <summary>Name of the facility that owns the item.</summary>
    public string? ItemFromFacilityName { get; init; }

    /// <summary>Free-text note recorded by the licensee.</summary>
    public string? Note { get; init; }

    /// <summary>Expiration day printed on the product (facility-local calendar day).</summary>
    public LocalDate? ExpirationDate { get; init; }

    /// <summary>Sell-by day (facility-local calendar day).</summary>
    public LocalDate? SellByDate { get; init; }

    /// <summary>Use-by day (facility-local calendar day).</summary>
    public LocalDate? UseByDate { get; init; }

    /// <summary>Lab testing state the package started with when it was created.</summary>
    public LabTestingState? InitialLabTestingState { get; init; }

    /// <summary>Day the lab testing state last changed (facility-local calendar day).</summary>
    public LocalDate? LabTestingStateDate { get; init; }

    /// <summary>Day the lab test was performed (facility-local calendar day).</summary>
    public LocalDate? LabTestingPerformedDate { get; init; }

    /// <summary>When the lab result stops being valid (with offset).</summary>
    public OffsetDateTime? LabTestResultExpirationDateTime { get; init; }

    /// <summary>Day the lab result was recorded (facility-local calendar day).</summary>
    public LocalDate? LabTestingRecordedDate { get; init; }

    /// <summary>Metrc id of the lab test stage, if the state uses stages.</summary>
    public long? LabTestStageId { get; init; }

    /// <summary>Name of the lab test stage, if the state uses stages.</summary>
    public string? LabTestStage { get; init; }

    /// <summary>Whether the package is a production batch.</summary>
    public bool? IsProductionBatch { get; init; }

    /// <summary>Production batch number, when it is a production batch.</summary>
    public string? ProductionBatchNumber { get; init; }

    /// <summary>Production batch numbers of the source packages, comma separated.</summary>
    public string? SourceProductionBatchNumbers { get; init; }

    /// <summary>Whether it is a trade sample.</summary>
    public bool? IsTradeSample { get; init; }

    /// <summary>Whether the trade-sample flag carries over to packages made from it.</summary>
    public bool? IsTradeSamplePersistent { get; init; }

    /// <summary>Whether a source package was a trade sample.</summary>
    public bool? SourcePackageIsTradeSample { get; init; }

    /// <summary>Whether it is a donation.</summary>
    public bool? IsDonation { get; init; }

    /// <summary>Whether the donation flag carries over to packages made from it.</summary>
    public bool? IsDonationPersistent { get; init; }

    /// <summary>Whether a source package was a donation.</summary>
    public bool? SourcePackageIsDonation { get; init; }

    /// <summary>Whether it is a sample sent for lab testing.</summary>
    public bool? IsTestingSample { get; init; }

    /// <summary>Whether it is a process-validation testing sample.</summary>
    public bool? IsProcessValidationTestingSample { get; init; }

    /// <summary>Whether the product must be remediated before it can be sold.</summary>
    public bool? ProductRequiresRemediation { get; init; }

    /// <summary>Whether it contains remediated product.</summary>
    public bool? ContainsRemediatedProduct { get; init; }

    /// <summary>Day of the remediation (facility-local calendar day).</summary>
    public LocalDate? RemediationDate { get; init; }

    /// <summary>Whether the product must be decontaminated before it can be sold.</summary>
    public bool? ProductRequiresDecontamination { get; init; }

    /// <summary>Whether it contains decontaminated product.</summary>
    public bool? ContainsDecontaminatedProduct { get; init; }

    /// <summary>Day of the decontamination (facility-local calendar day).</summary>
    public LocalDate? DecontaminationDate { get; init; }

    /// <summary>When it was received (with offset).</summary>
    public OffsetDateTime? ReceivedDateTime { get; init; }

    /// <summary>Manifest number of the transfer it arrived on.</summary>
    public string? ReceivedFromManifestNumber { get; init; }

    /// <summary>Licence number of the facility it was received from.</summary>
    public string? ReceivedFromFacilityLicenseNumber { get; init; }

    /// <summary>Name of the facility it was received from.</summary>
    public string? ReceivedFromFacilityName { get; init; }

    /// <summary>Whether it is on hold for any reason (own hold or an investigation).</summary>
    public bool? IsOnHoldCombined { get; init; }

    /// <summary>Whether a state investigation covers it.</summary>
    public bool? IsOnInvestigation { get; init; }

    /// <summary>Whether a state investigation has put it on hold.</summary>
    public bool? IsOnInvestigationHold { get; init; }

    /// <summary>Whether a state investigation has recalled it.</summary>
    public bool? IsOnInvestigationRecall { get; init; }

    /// <summary>Whether it is recalled; null when Metrc does not say.</summary>
    public bool? IsOnRecall { get; init; }

    /// <summary>Whether it is recalled for any reason.</summary>
    public bool? IsOnRecallCombined { get; init; }

    /// <summary>Day it was archived (facility-local calendar day).</summary>
    public LocalDate? ArchivedDate { get; init; }

    /// <summary>Whether it is flagged as a finished good.</summary>
    public bool? IsFinishedGood { get; init; }

    /// <summary>Whether it is out on a retailer delivery.</summary>
    public bool? IsOnRetailerDelivery { get; init; }

    /// <summary>Destruction details when the package is set aside for product destruction, as Metrc sends them.</summary>
    public JsonElement? PackageForProductDestruction { get; init; }

    /// <summary>When labels were last generated for it (with offset).</summary>
    public OffsetDateTime? LabelsLastGeneratedDateTime { get; init; }

    /// <summary>Retail ID (QR label) details of the package, where the state uses Retail ID.</summary>
    public ProductLabel? ProductLabel { get; init; }

    /// <summary>Licence number of the testing lab.</summary>
    public string? LabFacilityLicenseNumber { get; init; }

    /// <summary>Name of the testing lab.</summary>
    public string? LabFacilityName { get; init; }

    /// <summary>Whether the sample passed all of its tests.</summary>
    public bool? OverallPassed { get; init; }

    /// <summary>Day the test was performed (facility-local calendar day).</summary>
    public LocalDate? TestPerformedDate { get; init; }

    /// <summary>Whether the lab has released the result.</summary>
    public bool? ResultReleased { get; init; }

    /// <summary>When the lab released the result (with offset).</summary>
    public OffsetDateTime? ResultReleaseDateTime { get; init; }

    /// <summary>Name of the lab test type.</summary>
    public string? TestTypeName { get; init; }

    /// <summary>Whether this test passed.</summary>
    public bool? TestPassed { get; init; }

    /// <summary>Measured result level of this test.</summary>
    public decimal? TestResultLevel { get; init; }

    /// <summary>Lab comment on the test.</summary>
    public string? TestComment { get; init; }

    /// <summary>Whether the test is informational and does not decide pass or fail.</summary>
    public bool? TestInformationalOnly { get; init; }

    /// <summary>Metrc id of the package.</summary>
    public long? PackageId { get; init; }

    /// <summary>Licence number of the receiving facility.</summary>
    public string? RecipientFacilityLicenseNumber { get; init; }

    /// <summary>Name of the receiving facility.</summary>
    public string? RecipientFacilityName { get; init; }

    /// <summary>Transfer manifest number.</summary>
    public string? ManifestNumber { get; init; }

    /// <summary>Tag of the package.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Name of the item (product) in the package.</summary>
    public string? ProductName { get; init; }

    /// <summary>Category of the item (product) in the package.</summary>
    public string? ProductCategoryName { get; init; }

    /// <summary>Strain of the item, if it has one.</summary>
    public string? ItemStrainName { get; init; }

    /// <summary>Lab testing state, as Metrc names it on this list.</summary>
    public string? LabTestingStateName { get; init; }

    /// <summary>Quantity shipped, in the shipped unit of measure.</summary>
    public decimal? ShippedQuantity { get; init; }

    /// <summary>Abbreviation of the unit the quantity was shipped in.</summary>
    public string? ShippedUnitOfMeasureAbbreviation { get; init; }

    /// <summary>Gross weight, in the gross unit of weight.</summary>
    public decimal? GrossWeight { get; init; }

    /// <summary>Abbreviation of the unit of the gross weight.</summary>
    public string? GrossUnitOfWeightAbbreviation { get; init; }

    /// <summary>Wholesale price the shipper declared.</summary>
    public decimal? ShipperWholesalePrice { get; init; }

    /// <summary>Quantity received, in the received unit of measure.</summary>
    public decimal? ReceivedQuantity { get; init; }

    /// <summary>Abbreviation of the unit the quantity was received in.</summary>
    public string? ReceivedUnitOfMeasureAbbreviation { get; init; }

    /// <summary>Wholesale price the receiver recorded.</summary>
    public decimal? ReceiverWholesalePrice { get; init; }

    /// <summary>State of the package on its shipment (for example Accepted).</summary>
    public string? ShipmentPackageStateName { get; init; }

    /// <summary>When the shipment actually left (with offset).</summary>
    public OffsetDateTime? ActualDepartureDateTime { get; init; }

    /// <summary>Processing job type the record is tied to, if any.</summary>
    public string? ProcessingJobTypeName { get; init; }
}
