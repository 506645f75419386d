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
        LabTestPassed = p.LabTestingState switch
        {
            "TestPassed" => true,
            "TestFailed" or "NotSubmitted" or "SubmittedForTesting" => false,
            _ => null,
        },
    };
}
