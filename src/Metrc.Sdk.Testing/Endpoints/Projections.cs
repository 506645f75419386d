using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>Turns stored records into Metrc's response shapes.</summary>
internal static class Projections
{
    public static string QuantityType(QuantityKind kind) => kind switch
    {
        QuantityKind.Weight => "WeightBased",
        QuantityKind.Volume => "VolumeBased",
        _ => "CountBased",
    };

    public static ItemBody Item(ItemData item) =>
        new(item.Id, item.Name, item.Category, "Other", QuantityType(item.Kind), item.DefaultUnit, item.Brand, "Approved");

    public static PackageBody Package(PackageData p, FacilityData facility) => new(
        p.Id, p.Label, "Product", p.Location, p.Quantity, p.Unit,
        facility.Items.TryGetValue(p.Item, out ItemData? item) ? item.Id : 0,
        item is null ? null : Item(item),
        p.SourceHarvest, p.PackagedDate, p.LabTestingState,
        p.Status == PackageStatus.OnHold, p.Status == PackageStatus.Finished, p.FinishedDate, p.Status == PackageStatus.InTransit, p.LastModified,
        p.Sublocation, p.Note, p.ExternalId, p.IsFinishedGood, p.IsDonation, p.IsTradeSample, p.ExpirationDate, p.SellByDate, p.UseByDate);

    public static PlantBody Plant(PlantData p) => new(
        p.Id, p.Label,
        p.Phase switch { PlantGrowthPhase.Harvested => "Harvested", PlantGrowthPhase.Destroyed => "Destroyed", _ => "Tracked" },
        p.Phase.ToString(), p.BatchName, p.Strain, p.Location, p.PlantedDate, p.VegetativeDate, p.FloweringDate, p.HarvestedDate, p.DestroyedDate, p.LastModified);

    public static PlantBatchBody Batch(BatchData b) =>
        new(b.Id, b.Name, b.Type, b.Location, b.Strain, b.Untracked, b.Tracked, b.PlantedDate, b.LastModified);

    public static HarvestBody Harvest(HarvestData h) => new(
        h.Id, h.Name, "WholePlant", h.DryingLocation, h.CurrentWeight, h.WasteWeight, h.WetWeight, h.PackagedWeight, h.PlantCount, h.Unit, h.StartDate, false, h.LastModified);

    public static ReceiptBody Receipt(ReceiptData r) => new(
        r.Id, r.ReceiptNumber, r.ExternalReceiptNumber, r.SalesDateTime, r.SalesCustomerType, r.Lines.Count, r.Lines.Sum(l => l.TotalPrice),
        r.Lines.Select(l => new ReceiptLineBody(l.PackageId, l.PackageLabel, l.ProductName, l.ProductCategoryName, l.Quantity, l.Unit, l.TotalPrice)).ToList(),
        r.LastModified);

    public static OutgoingTransferBody Transfer(TransferData t, FacilityData shipper) => new(
        t.Id, t.ManifestNumber, shipper.LicenseNumber, shipper.Name, t.Created, t.Deliveries.Sum(d => d.Packages.Count),
        t.Deliveries.Select(d => new DeliveryBody(d.Id, d.RecipientLicenseNumber, d.RecipientName, d.EstimatedDeparture, d.EstimatedArrival)).ToList(),
        t.LastModified);

    public static TransferPackageBody TransferPackage(TransferPackageData p) =>
        new(p.PackageId, p.PackageLabel, p.ProductName, p.ProductCategoryName, p.Quantity, p.Unit, p.WholesalePrice);
}
