using System.Globalization;
using System.Text;

namespace Metrc.Sdk.Benchmarks;

/// <summary>Metrc-shaped list answers for the pipeline benchmarks.</summary>
internal static class MetrcPages
{
    /// <summary>
    /// A page of 20 packages with every field Metrc documents for <c>GET /packages/v2/active</c> (about 3.3 KB each, ~65 KB
    /// in all): the package, its nested item and the lab-test, source, remediation and receipt fields. The SDK's model binds
    /// the fields a client uses (Id, Label, quantities, item, dates, timestamps, states); both sides of a benchmark skip
    /// the same others.
    /// </summary>
    public static byte[] Realistic()
    {
        var page = new StringBuilder("{\"Data\":[");
        for (int i = 1; i <= 20; i++)
        {
            page.Append(i == 1 ? string.Empty : ",").Append(Package(i));
        }

        page.Append("],\"Total\":20,\"TotalRecords\":20,\"PageSize\":20,\"RecordsOnPage\":20,\"Page\":1,\"CurrentPage\":1,\"TotalPages\":1}");
        return Encoding.UTF8.GetBytes(page.ToString());
    }

    /// <summary>A page of about 1 KB: three packages with the handful of fields a light list answer carries.</summary>
    public static byte[] Tiny()
    {
        var page = new StringBuilder("{\"Data\":[");
        for (int i = 1; i <= 3; i++)
        {
            page.Append(i == 1 ? string.Empty : ",")
                .Append(CultureInfo.InvariantCulture, $$$"""{"Id":{{{i}}},"Label":"1A4FF01000000220000000{{{i:D2}}}","PackageType":"Product","Quantity":12.5,"UnitOfMeasureName":"Grams","PackagedDate":"2026-01-31","LabTestingState":"TestPassed","IsOnHold":false,"IsFinished":false,"LastModified":"2026-01-31T17:35:45-07:00","Item":{"Id":5,"Name":"Buds","ProductCategoryName":"Buds"}}""");
        }

        page.Append("],\"Total\":3,\"TotalRecords\":3,\"PageSize\":20,\"RecordsOnPage\":3,\"Page\":1,\"CurrentPage\":1,\"TotalPages\":1}");
        return Encoding.UTF8.GetBytes(page.ToString());
    }

    private static string Package(int i) => string.Create(CultureInfo.InvariantCulture, $$$"""
        {"Id":{{{1000 + i}}},"Label":"1A4FF01000000220000{{{i:D5}}}","PackageType":"Product","SourceHarvestCount":1,"SourcePackageCount":2,
        "SourceProcessingJobCount":0,"SourceHarvestNames":"2026-01-05 Blue Dream Harvest","SourcePackageLabels":"1A4FF0100000022000000101, 1A4FF0100000022000000102",
        "MultiHarvest":false,"MultiPackage":true,"MultiProcessingJob":false,"LocationId":{{{200 + i}}},"LocationName":"Vault Room A","LocationTypeName":"Default Location Type",
        "SublocationId":null,"SublocationName":null,"Quantity":{{{i}}}12.5,"UnitOfMeasureName":"Grams","UnitOfMeasureAbbreviation":"g","PatientLicenseNumber":null,
        "ItemFromFacilityLicenseNumber":"403R-X0001","ItemFromFacilityName":"Green Valley Cultivation LLC","Note":"Packaged from the January harvest; stored in the vault.",
        "PackagedDate":"2026-01-{{{(i % 28) + 1:D2}}}","ExpirationDate":"2027-01-31","SellByDate":"2026-12-31","UseByDate":"2027-01-15","InitialLabTestingState":"NotSubmitted",
        "LabTestingState":"TestPassed","LabTestingStateDate":"2026-02-03","LabTestingPerformedDate":"2026-02-02","LabTestResultExpirationDateTime":"2027-02-02T00:00:00-07:00",
        "LabTestingRecordedDate":"2026-02-03","IsProductionBatch":false,"ProductionBatchNumber":null,"SourceProductionBatchNumbers":"","IsTradeSample":false,
        "IsTradeSamplePersistent":false,"IsDonation":false,"IsDonationPersistent":false,"SourcePackageIsDonation":false,"IsTestingSample":false,
        "IsProcessValidationTestingSample":false,"ProductRequiresRemediation":false,"ContainsRemediatedProduct":false,"RemediationDate":null,
        "ReceivedDateTime":"2026-01-20T09:15:00-07:00","ReceivedFromManifestNumber":"0000123456","ReceivedFromFacilityLicenseNumber":"403R-X0002",
        "ReceivedFromFacilityName":"Mountain High Manufacturing","IsOnHold":false,"ArchivedDate":null,"FinishedDate":null,"IsFinished":false,"IsInTransit":false,
        "ExternalId":"ERP-PKG-{{{i:D6}}}","RetailIdQrCount":0,"ProductLabel":null,"LastModified":"2026-02-{{{(i % 28) + 1:D2}}}T17:35:{{{i % 60:D2}}}.1234567-07:00",
        "ItemId":{{{50 + i}}},"Item":{"Id":{{{50 + i}}},"FacilityId":31,"FacilityName":"Green Valley Cultivation LLC","Name":"Blue Dream Buds 3.5g","ProductCategoryName":"Buds",
        "ProductCategoryType":"Buds","IsExpirationDateRequired":true,"HasExpirationDate":true,"IsSellByDateRequired":false,"HasSellByDate":true,"IsUseByDateRequired":false,
        "HasUseByDate":true,"QuantityType":"WeightBased","DefaultLabTestingState":"NotSubmitted","UnitOfMeasureName":"Grams","ApprovalStatus":"Approved",
        "ApprovalStatusDateTime":"2025-11-01T08:00:00+00:00","StrainId":7,"StrainName":"Blue Dream","ItemBrandId":3,"ItemBrandName":"Valley Gold",
        "AdministrationMethod":"Inhalation","UnitCbdPercent":0.5,"UnitCbdContent":null,"UnitCbdContentUnitOfMeasureName":null,"UnitCbdContentDose":null,
        "UnitCbdContentDoseUnitOfMeasureName":null,"UnitThcPercent":21.4,"UnitThcContent":null,"UnitThcContentUnitOfMeasureName":null,"UnitThcContentDose":null,
        "UnitThcContentDoseUnitOfMeasureName":null,"UnitVolume":null,"UnitVolumeUnitOfMeasureName":null,"UnitWeight":3.5,"UnitWeightUnitOfMeasureName":"Grams",
        "ServingSize":"","SupplyDurationDays":null,"NumberOfDoses":null,"UnitQuantity":null,"UnitQuantityUnitOfMeasureName":null,"PublicIngredients":"Cannabis flower",
        "Description":"Hand-trimmed indoor flower, cured for 21 days.","Allergens":"None known","ProductImages":[],"ProductPhotoDescription":"","LabelImages":[],
        "LabelPhotoDescription":"","PackagingImages":[],"PackagingPhotoDescription":"","ProductPDFDocuments":[],"IsUsed":true,"LabTestBatchNames":["Potency","Microbials"],
        "ProcessingJobCategoryName":null,"ProcessingJobCategoryId":null,"ProductBrandName":"Valley Gold","ProductBrandId":3,"ExpirationConfigurationState":"Enabled",
        "ExpirationStartDateConfiguration":"PackagedDate","ExpirationDateDays":365,"SellByConfigurationState":"Enabled","SellByStartDateConfiguration":"PackagedDate",
        "SellByDays":334,"UseByConfigurationState":"Enabled","UseByStartDateConfiguration":"PackagedDate","UseByDays":349,"GlobalProductName":null,
        "ProductTypeName":"Flower","ItemCategoryRequiresStrain":true,"ItemCategoryRequiresUnitThcPercent":true}}
        """).ReplaceLineEndings(string.Empty);
}
