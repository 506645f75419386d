namespace Metrc.Sdk.Testing.Endpoints;

// The emulator's own wire records (PascalCase as Metrc). Request rows use nullable members so a missing field is
// reported as a row error, like Metrc does, instead of failing the whole body.
#pragma warning disable SA1402, SA1649 // small wire records kept together

internal sealed record FacilityBody(string Name, string? Alias, string DisplayName, DateOnly CredentialedDate, bool IsOwner, bool IsManager, string TimeZone, LicenseBody License);

internal sealed record LicenseBody(string Number, DateOnly StartDate, DateOnly EndDate, string LicenseType);

internal sealed record ItemBody(long Id, string Name, string ProductCategoryName, string ProductCategoryType, string QuantityType, string UnitOfMeasureName, string? ItemBrandName, string ApprovalStatus);

internal sealed record CategoryBody(string Name, string ProductCategoryType, string QuantityType, bool RequiresStrain);

internal sealed record NamedBody(long Id, string Name);

internal sealed record LocationBody(long Id, string Name, string LocationTypeName, bool ForPlantBatches, bool ForPlants, bool ForHarvests, bool ForPackages);

internal sealed record TagBody(long Id, string Label, string TagTypeName, string StatusName);

internal sealed record UnitBody(string QuantityType, string Name, string Abbreviation, bool IsArchived);

internal sealed record PackageBody(
    long Id, string Label, string PackageType, string LocationName, decimal Quantity, string UnitOfMeasureName, long ItemId, ItemBody? Item,
    string? SourceHarvestNames, DateOnly PackagedDate, string LabTestingState, bool IsOnHold, bool IsFinished, DateOnly? FinishedDate,
    bool IsInTransit, DateTimeOffset LastModified, string? SublocationName = null, string? Note = null, string? ExternalId = null, bool IsFinishedGood = false,
    bool IsDonation = false, bool IsTradeSample = false, DateOnly? ExpirationDate = null, DateOnly? SellByDate = null, DateOnly? UseByDate = null);

internal sealed record PlantBody(
    long Id, string Label, string State, string GrowthPhase, string PlantBatchName, string StrainName, string LocationName,
    DateOnly PlantedDate, DateOnly? VegetativeDate, DateOnly? FloweringDate, DateOnly? HarvestedDate, DateOnly? DestroyedDate, DateTimeOffset LastModified);

internal sealed record PlantBatchBody(long Id, string Name, string Type, string LocationName, string StrainName, int UntrackedCount, int TrackedCount, DateOnly PlantedDate, DateTimeOffset LastModified);

internal sealed record HarvestBody(
    long Id, string Name, string HarvestType, string DryingLocationName, decimal CurrentWeight, decimal TotalWasteWeight, decimal TotalWetWeight,
    decimal TotalPackagedWeight, int PlantCount, string UnitOfWeightName, DateOnly HarvestStartDate, bool IsOnHold, DateTimeOffset LastModified);

internal sealed record ReceiptBody(
    long Id, string ReceiptNumber, string? ExternalReceiptNumber, DateTimeOffset SalesDateTime, string SalesCustomerType, int TotalPackages,
    decimal TotalPrice, List<ReceiptLineBody> Transactions, DateTimeOffset LastModified);

internal sealed record ReceiptLineBody(long PackageId, string PackageLabel, string ProductName, string ProductCategoryName, decimal QuantitySold, string UnitOfMeasureName, decimal TotalPrice);

internal sealed record OutgoingTransferBody(
    long Id, string ManifestNumber, string ShipperFacilityLicenseNumber, string ShipperFacilityName, DateTimeOffset CreatedDateTime, int PackageCount,
    List<DeliveryBody> Deliveries, DateTimeOffset LastModified);

internal sealed record DeliveryBody(long Id, string RecipientFacilityLicenseNumber, string RecipientFacilityName, DateTimeOffset? EstimatedDepartureDateTime, DateTimeOffset? EstimatedArrivalDateTime);

internal sealed record TransferPackageBody(long PackageId, string PackageLabel, string ProductName, string ProductCategoryName, decimal ShippedQuantity, string ShippedUnitOfMeasureName, decimal? ShipperWholesalePrice);

internal sealed record CreatePackageRow(string? Tag, string? Location, string? Item, decimal? Quantity, string? UnitOfMeasure, DateOnly? ActualDate, string? Note, List<IngredientRow>? Ingredients, string? Sublocation = null);

internal sealed record IngredientRow(string? Package, decimal? Quantity, string? UnitOfMeasure);

internal sealed record FinishRow(string? Label, DateOnly? ActualDate);

internal sealed record UnfinishRow(string? Label);

internal sealed record AdjustRow(string? Label, decimal? Quantity, string? UnitOfMeasure, string? AdjustmentReason, DateOnly? AdjustmentDate, string? ReasonNote);

internal sealed record PlantingRow(string? Name, string? Type, int? Count, string? Strain, string? Location, DateOnly? ActualDate);

internal sealed record BatchGrowthPhaseRow(string? Name, int? Count, string? StartingTag, string? GrowthPhase, string? NewLocation, DateOnly? GrowthDate);

internal sealed record PlantGrowthPhaseRow(string? Label, string? GrowthPhase, string? NewLocation, DateOnly? GrowthDate);

internal sealed record HarvestRow(string? Plant, decimal? Weight, string? UnitOfWeight, string? DryingLocation, string? HarvestName, DateOnly? ActualDate);

internal sealed record DestroyRow(string? Label, string? WasteMethodName, decimal? WasteWeight, string? WasteUnitOfMeasureName, string? WasteReasonName, string? ReasonNote, DateOnly? ActualDate);

internal sealed record HarvestPackageRow(string? Tag, string? Location, string? Item, string? UnitOfWeight, DateOnly? ActualDate, string? Note, List<HarvestIngredientRow>? Ingredients);

internal sealed record HarvestIngredientRow(string? HarvestName, decimal? Weight, string? UnitOfWeight);

internal sealed record ReceiptRow(DateTimeOffset? SalesDateTime, string? SalesCustomerType, string? PatientLicenseNumber, string? ExternalReceiptNumber, List<ReceiptTransactionRow>? Transactions);

internal sealed record ReceiptTransactionRow(string? PackageLabel, decimal? Quantity, string? UnitOfMeasure, decimal? TotalAmount);

internal sealed record TransferRow(
    string? Name, string? TransporterFacilityLicenseNumber, string? DriverName, string? VehicleLicensePlateNumber, List<TransferDestinationRow>? Destinations,
    string? DriverLicenseNumber = null, string? VehicleMake = null, string? VehicleModel = null, long? TransferTemplateId = null);

internal sealed record TransferDestinationRow(string? RecipientLicenseNumber, string? TransferTypeName, DateTimeOffset? EstimatedDepartureDateTime, DateTimeOffset? EstimatedArrivalDateTime, List<TransferPackageRow>? Packages);

internal sealed record TransferPackageRow(string? PackageLabel, decimal? WholesalePrice);
