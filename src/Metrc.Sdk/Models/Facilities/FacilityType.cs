namespace Metrc.Sdk.Models;

/// <summary>What a facility's licence type allows: each flag turns a Metrc capability on or off for the facility.</summary>
public sealed record FacilityType
{
    /// <summary>Whether the facility is licensed for medical use.</summary>
    public bool IsMedical { get; init; }

    /// <summary>Whether the facility is licensed for retail (adult-use) sales.</summary>
    public bool IsRetail { get; init; }

    /// <summary>Whether the facility is a hemp facility.</summary>
    public bool IsHemp { get; init; }

    /// <summary>Hours after a harvest within which its plants may still be restored; null when unrestricted.</summary>
    public int? RestrictHarvestPlantRestoreTimeHours { get; init; }

    /// <summary>Most member patients the facility may have; null when unlimited.</summary>
    public int? TotalMemberPatientsAllowed { get; init; }

    /// <summary>Days after a transfer within which the wholesale price may still be edited; null when unrestricted.</summary>
    public int? RestrictWholesalePriceEditDays { get; init; }

    /// <summary>Hours after planting within which a plant batch may still be adjusted; null when unrestricted.</summary>
    public int? RestrictPlantBatchAdjustmentTimeHours { get; init; }

    /// <summary>Whether the facility can grow plants.</summary>
    public bool CanGrowPlants { get; init; }

    /// <summary>Whether the facility can create opening balance plant batches.</summary>
    public bool CanCreateOpeningBalancePlantBatches { get; init; }

    /// <summary>Whether the facility can clone plant batches.</summary>
    public bool CanClonePlantBatches { get; init; }

    /// <summary>Whether the facility can tag plant batches.</summary>
    public bool CanTagPlantBatches { get; init; }

    /// <summary>Whether the facility can assign locations to plant batches.</summary>
    public bool CanAssignLocationsToPlantBatches { get; init; }

    /// <summary>Whether the rule “plants require patient affiliation” is on for the facility.</summary>
    public bool PlantsRequirePatientAffiliation { get; init; }

    /// <summary>Whether the rule “plant batches can contain mother plants” is on for the facility.</summary>
    public bool PlantBatchesCanContainMotherPlants { get; init; }

    /// <summary>Whether the facility can update plant strains.</summary>
    public bool CanUpdatePlantStrains { get; init; }

    /// <summary>Whether the facility can track vegetative plants.</summary>
    public bool CanTrackVegetativePlants { get; init; }

    /// <summary>Whether the facility can create immature plant packages from plants.</summary>
    public bool CanCreateImmaturePlantPackagesFromPlants { get; init; }

    /// <summary>Whether the facility can package vegetative plants.</summary>
    public bool CanPackageVegetativePlants { get; init; }

    /// <summary>Whether the facility can package waste.</summary>
    public bool CanPackageWaste { get; init; }

    /// <summary>Whether the facility can report harvest schedules.</summary>
    public bool CanReportHarvestSchedules { get; init; }

    /// <summary>Whether the facility can submit harvests for testing.</summary>
    public bool CanSubmitHarvestsForTesting { get; init; }

    /// <summary>Whether the facility can require harvest sample lab test batches.</summary>
    public bool CanRequireHarvestSampleLabTestBatches { get; init; }

    /// <summary>Whether the facility can report strain properties.</summary>
    public bool CanReportStrainProperties { get; init; }

    /// <summary>Whether the facility can create opening balance packages.</summary>
    public bool CanCreateOpeningBalancePackages { get; init; }

    /// <summary>Whether the facility can create derived packages.</summary>
    public bool CanCreateDerivedPackages { get; init; }

    /// <summary>Whether the facility can assign locations to packages.</summary>
    public bool CanAssignLocationsToPackages { get; init; }

    /// <summary>Whether the facility can update locations on packages.</summary>
    public bool CanUpdateLocationsOnPackages { get; init; }

    /// <summary>Whether the rule “packages require patient affiliation” is on for the facility.</summary>
    public bool PackagesRequirePatientAffiliation { get; init; }

    /// <summary>Whether the facility can create trade sample packages.</summary>
    public bool CanCreateTradeSamplePackages { get; init; }

    /// <summary>Whether the facility can donate packages.</summary>
    public bool CanDonatePackages { get; init; }

    /// <summary>Whether the facility can submit packages for testing.</summary>
    public bool CanSubmitPackagesForTesting { get; init; }

    /// <summary>Whether the facility can create process validation packages.</summary>
    public bool CanCreateProcessValidationPackages { get; init; }

    /// <summary>Whether the facility can require package sample lab test batches.</summary>
    public bool CanRequirePackageSampleLabTestBatches { get; init; }

    /// <summary>Whether the facility can return package quantity.</summary>
    public bool CanReturnPackageQuantity { get; init; }

    /// <summary>Whether the facility can request product remediation.</summary>
    public bool CanRequestProductRemediation { get; init; }

    /// <summary>Whether the facility can remediate packages with failed lab results.</summary>
    public bool CanRemediatePackagesWithFailedLabResults { get; init; }

    /// <summary>Whether the facility can request product decontamination.</summary>
    public bool CanRequestProductDecontamination { get; init; }

    /// <summary>Whether the facility can decontaminate packages with failed lab results.</summary>
    public bool CanDecontaminatePackagesWithFailedLabResults { get; init; }

    /// <summary>Whether the facility can infuse products.</summary>
    public bool CanInfuseProducts { get; init; }

    /// <summary>Whether the facility can record processing jobs.</summary>
    public bool CanRecordProcessingJobs { get; init; }

    /// <summary>Whether the facility can record product for destruction.</summary>
    public bool CanRecordProductForDestruction { get; init; }

    /// <summary>Whether the facility can destroy product.</summary>
    public bool CanDestroyProduct { get; init; }

    /// <summary>Whether the facility can test packages.</summary>
    public bool CanTestPackages { get; init; }

    /// <summary>Whether the rule “tests require lab sample” is on for the facility.</summary>
    public bool TestsRequireLabSample { get; init; }

    /// <summary>Whether the facility can transfer from external facilities.</summary>
    public bool CanTransferFromExternalFacilities { get; init; }

    /// <summary>Whether the facility can sell to consumers.</summary>
    public bool CanSellToConsumers { get; init; }

    /// <summary>Whether the facility can sell to patients.</summary>
    public bool CanSellToPatients { get; init; }

    /// <summary>Whether the facility can sell to external patients.</summary>
    public bool CanSellToExternalPatients { get; init; }

    /// <summary>Whether the facility can sell to caregivers.</summary>
    public bool CanSellToCaregivers { get; init; }

    /// <summary>Whether the rule “retail sales to non resident consumer” is on for the facility.</summary>
    public bool RetailSalesToNonResidentConsumer { get; init; }

    /// <summary>Whether the rule “advanced sales” is on for the facility.</summary>
    public bool AdvancedSales { get; init; }

    /// <summary>Whether the rule “sales require patient number” is on for the facility.</summary>
    public bool SalesRequirePatientNumber { get; init; }

    /// <summary>Whether the rule “sales require external patient number” is on for the facility.</summary>
    public bool SalesRequireExternalPatientNumber { get; init; }

    /// <summary>Whether the rule “sales require external patient identification method” is on for the facility.</summary>
    public bool SalesRequireExternalPatientIdentificationMethod { get; init; }

    /// <summary>Whether the rule “sales require caregiver number” is on for the facility.</summary>
    public bool SalesRequireCaregiverNumber { get; init; }

    /// <summary>Whether the rule “sales require caregiver patient number” is on for the facility.</summary>
    public bool SalesRequireCaregiverPatientNumber { get; init; }

    /// <summary>Whether the facility can deliver sales to consumers.</summary>
    public bool CanDeliverSalesToConsumers { get; init; }

    /// <summary>Whether the rule “delivery sales to non resident consumer” is on for the facility.</summary>
    public bool DeliverySalesToNonResidentConsumer { get; init; }

    /// <summary>Whether the rule “sales delivery allow planned route” is on for the facility.</summary>
    public bool SalesDeliveryAllowPlannedRoute { get; init; }

    /// <summary>Whether the rule “sales delivery allow address” is on for the facility.</summary>
    public bool SalesDeliveryAllowAddress { get; init; }

    /// <summary>Whether the rule “sales delivery allow city” is on for the facility.</summary>
    public bool SalesDeliveryAllowCity { get; init; }

    /// <summary>Whether the rule “sales delivery allow state” is on for the facility.</summary>
    public bool SalesDeliveryAllowState { get; init; }

    /// <summary>Whether the rule “sales delivery allow county” is on for the facility.</summary>
    public bool SalesDeliveryAllowCounty { get; init; }

    /// <summary>Whether the rule “sales delivery allow zip” is on for the facility.</summary>
    public bool SalesDeliveryAllowZip { get; init; }

    /// <summary>Whether the rule “sales delivery require zone” is on for the facility.</summary>
    public bool SalesDeliveryRequireZone { get; init; }

    /// <summary>Whether the rule “enable external identifier” is on for the facility.</summary>
    public bool EnableExternalIdentifier { get; init; }

    /// <summary>Whether the rule “sales delivery require consumer id” is on for the facility.</summary>
    public bool SalesDeliveryRequireConsumerId { get; init; }

    /// <summary>Whether the facility can deliver sales to patients.</summary>
    public bool CanDeliverSalesToPatients { get; init; }

    /// <summary>Whether the rule “sales delivery require patient number” is on for the facility.</summary>
    public bool SalesDeliveryRequirePatientNumber { get; init; }

    /// <summary>Whether the rule “sales delivery require recipient name” is on for the facility.</summary>
    public bool SalesDeliveryRequireRecipientName { get; init; }

    /// <summary>Whether the facility is a sales delivery hub.</summary>
    public bool IsSalesDeliveryHub { get; init; }

    /// <summary>Whether the facility can have member patients.</summary>
    public bool CanHaveMemberPatients { get; init; }

    /// <summary>Whether the facility can report patient check ins.</summary>
    public bool CanReportPatientCheckIns { get; init; }

    /// <summary>Whether the facility can specify patient sales limit exemption.</summary>
    public bool CanSpecifyPatientSalesLimitExemption { get; init; }

    /// <summary>Whether the facility can report patients adverse responses.</summary>
    public bool CanReportPatientsAdverseResponses { get; init; }

    /// <summary>Whether the rule “retailer delivery” is on for the facility.</summary>
    public bool RetailerDelivery { get; init; }

    /// <summary>Whether the rule “retailer delivery allow trade samples” is on for the facility.</summary>
    public bool RetailerDeliveryAllowTradeSamples { get; init; }

    /// <summary>Whether the rule “retailer delivery allow donations” is on for the facility.</summary>
    public bool RetailerDeliveryAllowDonations { get; init; }

    /// <summary>Whether the rule “retailer delivery require price” is on for the facility.</summary>
    public bool RetailerDeliveryRequirePrice { get; init; }

    /// <summary>Whether the rule “retailer delivery allow partial packages” is on for the facility.</summary>
    public bool RetailerDeliveryAllowPartialPackages { get; init; }

    /// <summary>Whether the facility can create partial packages.</summary>
    public bool CanCreatePartialPackages { get; init; }

    /// <summary>Whether the facility can adjust source packages with partials.</summary>
    public bool CanAdjustSourcePackagesWithPartials { get; init; }

    /// <summary>Whether the facility can report operational exceptions.</summary>
    public bool CanReportOperationalExceptions { get; init; }

    /// <summary>Whether the facility can report adulteration.</summary>
    public bool CanReportAdulteration { get; init; }

    /// <summary>Whether the facility can download product label.</summary>
    public bool CanDownloadProductLabel { get; init; }

    /// <summary>Whether the facility can receive associate product label.</summary>
    public bool CanReceiveAssociateProductLabel { get; init; }

    /// <summary>Whether the facility can use compliance label.</summary>
    public bool CanUseComplianceLabel { get; init; }

    /// <summary>Whether the facility can track finished goods.</summary>
    public bool CanTrackFinishedGoods { get; init; }

    /// <summary>Whether the facility can only receive finished goods.</summary>
    public bool CanOnlyReceiveFinishedGoods { get; init; }

    /// <summary>Whether the facility can view source packages.</summary>
    public bool CanViewSourcePackages { get; init; }

    /// <summary>Whether the rule “enable sublocations” is on for the facility.</summary>
    public bool EnableSublocations { get; init; }

    /// <summary>Whether the rule “tax exempt reporting fees facility type” is on for the facility.</summary>
    public bool TaxExemptReportingFeesFacilityType { get; init; }

    /// <summary>Whether the rule “tax exempt tag orders facility type” is on for the facility.</summary>
    public bool TaxExemptTagOrdersFacilityType { get; init; }

    /// <summary>Whether the facility can access catalog.</summary>
    public bool CanAccessCatalog { get; init; }

    /// <summary>Whether the facility can track mother plants as growth phase.</summary>
    public bool CanTrackMotherPlantsAsGrowthPhase { get; init; }

    /// <summary>Whether the facility can manage item brands.</summary>
    public bool CanManageItemBrands { get; init; }
}
