using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk.Testing.Data;

/// <summary>
/// The emulator's state of one facility as the validator sees it (<see cref="MetrcLifecycleSnapshot"/>): what a client
/// that keeps its own records complete would pass. Called under <see cref="EmulatorStore.Lock"/>.
/// </summary>
internal static class LifecycleSnapshots
{
    public static MetrcLifecycleSnapshot Build(StateData state, FacilityData f)
    {
        var tags = new Dictionary<string, MetrcTagInfo>(StringComparer.Ordinal);
        foreach (FacilityData owner in state.Facilities.Values)
        {
            foreach (TagData tag in owner.Tags.Values)
            {
                tags[tag.Label] = new MetrcTagInfo(tag.Kind == TagKind.Plant ? MetrcTagKind.Plant : MetrcTagKind.Package, owner.LicenseNumber, tag.Used);
            }
        }

        return new MetrcLifecycleSnapshot
        {
            LicenseNumber = f.LicenseNumber,
            LicenseStartDate = NodaTime.LocalDate.FromDateOnly(f.LicenseStart),
            Tags = tags,
            Plants = f.Plants.Values.ToDictionary(p => p.Label, p => p.Phase, StringComparer.Ordinal),
            Packages = f.Packages.Values.ToDictionary(p => p.Label, Package, StringComparer.Ordinal),
            Items = f.Items.Values.ToDictionary(i => i.Name, i => i.Kind, StringComparer.OrdinalIgnoreCase),
            Locations = Names(f.Locations),
            Sublocations = Names(f.Sublocations),
            Strains = Names(f.Strains),
            AdditivesTemplates = Names(f.AdditivesTemplates),
            LabTestResultIds = f.LabResults.Select(r => r.Id).ToHashSet(),
            LabTestBatches = Names(f.LabTestBatches),
            PlantBatches = f.Batches.Values.ToDictionary(b => b.Name, b => new MetrcPlantBatchInfo(b.Untracked) { Strain = b.Strain, Location = b.Location }, StringComparer.Ordinal),
            WasteMethods = Names(f.WasteMethods),
            WasteReasons = Names(f.WasteReasons),
            Harvests = f.Harvests.Values.ToDictionary(h => h.Name, h => new MetrcHarvestInfo(h.Id, h.Finished) { RemainingWeight = h.CurrentWeight, UnitOfWeight = h.Unit }, StringComparer.Ordinal),
            HarvestWasteTypes = new HashSet<string>(HarvestSeed.WasteTypes, StringComparer.OrdinalIgnoreCase),
            ItemCategories = EmulatorStore.Categories.ToDictionary(c => c.Name, c => new MetrcItemCategoryInfo(c.Kind, HarvestSeed.RequiresStrain(c.Name)), StringComparer.OrdinalIgnoreCase),
            ItemBrands = Names(f.ItemBrands),
            LocationTypes = new HashSet<string>(HarvestSeed.LocationTypes, StringComparer.OrdinalIgnoreCase),
            ProcessingJobs = f.ProcessingJobs.Values.ToDictionary(j => j.Name, j => new MetrcProcessingJobInfo(j.Id, j.JobType, j.IsFinished) { Inputs = new Dictionary<string, decimal>(j.Inputs, StringComparer.Ordinal) }, StringComparer.Ordinal),
            ProcessingJobTypes = f.JobTypes.Values.Where(t => t.Active).ToDictionary(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase),
            Receipts = f.Receipts.ToDictionary(r => r.Id, r => new MetrcReceiptInfo(r.IsFinal)
            {
                PackageQuantities = r.Lines.GroupBy(l => l.PackageLabel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal),
            }),
            SalesDeliveries = f.SalesDeliveries.ToDictionary(d => d.Id, d => d.Completed),
            TransferTemplates = f.Transfers.ToDictionary(t => t.Id, t => (IReadOnlyList<string>)t.Deliveries.SelectMany(d => d.Packages).Select(p => p.PackageLabel).ToList()),
            ExternalIncomingTransfers = f.ExternalIncoming.Select(t => t.Id).ToHashSet(),
            Drivers = f.Drivers.Keys.ToHashSet(StringComparer.Ordinal),
            Vehicles = f.Vehicles.Keys.ToHashSet(StringComparer.Ordinal),
        };
    }

    private static HashSet<string> Names(Dictionary<string, NamedData> known) => new(known.Keys, StringComparer.OrdinalIgnoreCase);

    private static MetrcPackageInfo Package(PackageData p) => new(p.Status)
    {
        Quantity = p.Quantity,
        UnitOfMeasure = p.Unit,
        Item = p.Item,
        Location = p.Location,
        Sublocation = p.Sublocation,
        IsFinishedGood = p.IsFinishedGood,
        IsDonation = p.IsDonation,
        IsTradeSample = p.IsTradeSample,
        LabTestingState = Sdk.Models.LabTestingState.From(p.LabTestingState),
    };
}
