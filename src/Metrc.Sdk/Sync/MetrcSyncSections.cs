using Metrc.Sdk.Models;

namespace Metrc.Sdk.Sync;

/// <summary>
/// The sections the sync engine knows: one entry per paged list that takes a <c>lastModified</c> filter. A section
/// that needs a state the client may not be in (processing jobs) or has no <c>lastModified</c> filter (lab test results,
/// which Metrc lists per package) is not built in; declare it with <see cref="MetrcSyncSection{T}"/> and pass it per facility.
/// </summary>
public static class MetrcSyncSections
{
    /// <summary>Every built-in section, in the order a run pulls them (reference data first).</summary>
    public static IReadOnlyList<MetrcSyncSection> All { get; } =
    [
        new MetrcSyncSection<Item>("items.active", c => c.Items.ListActiveAsync, ModelKeys.Item),
        new MetrcSyncSection<Location>("locations.active", c => c.Locations.ListActiveAsync, ModelKeys.Location),
        new MetrcSyncSection<Strain>("strains.active", c => c.Strains.ListActiveAsync, ModelKeys.Strain),
        new MetrcSyncSection<PlantBatch>("plantbatches.active", c => c.PlantBatches.ListActiveAsync, ModelKeys.PlantBatch),
        new MetrcSyncSection<PlantBatch>("plantbatches.inactive", c => c.PlantBatches.ListInactiveAsync, ModelKeys.PlantBatch),
        new MetrcSyncSection<Plant>("plants.vegetative", c => c.Plants.ListVegetativeAsync, ModelKeys.Plant),
        new MetrcSyncSection<Plant>("plants.flowering", c => c.Plants.ListFloweringAsync, ModelKeys.Plant),
        new MetrcSyncSection<Plant>("plants.onhold", c => c.Plants.ListOnHoldAsync, ModelKeys.Plant),
        new MetrcSyncSection<Plant>("plants.inactive", c => c.Plants.ListInactiveAsync, ModelKeys.Plant),
        new MetrcSyncSection<Harvest>("harvests.active", c => c.Harvests.ListActiveAsync, ModelKeys.Harvest),
        new MetrcSyncSection<Harvest>("harvests.onhold", c => c.Harvests.ListOnHoldAsync, ModelKeys.Harvest),
        new MetrcSyncSection<Harvest>("harvests.inactive", c => c.Harvests.ListInactiveAsync, ModelKeys.Harvest),
        new MetrcSyncSection<Package>("packages.active", c => c.Packages.ListActiveAsync, ModelKeys.Package),
        new MetrcSyncSection<Package>("packages.onhold", c => c.Packages.ListOnHoldAsync, ModelKeys.Package),
        new MetrcSyncSection<Package>("packages.inactive", c => c.Packages.ListInactiveAsync, ModelKeys.Package),
        new MetrcSyncSection<Package>("packages.intransit", c => c.Packages.ListInTransitAsync, ModelKeys.Package),
        new MetrcSyncSection<Transfer>("transfers.outgoing", c => c.Transfers.ListOutgoingAsync, ModelKeys.Transfer),
        new MetrcSyncSection<Transfer>("transfers.incoming", c => c.Transfers.ListIncomingAsync, ModelKeys.Transfer),
        new MetrcSyncSection<SalesReceipt>("sales.receipts.active", c => c.Sales.ListActiveReceiptsAsync, ModelKeys.SalesReceipt),
        new MetrcSyncSection<SalesReceipt>("sales.receipts.inactive", c => c.Sales.ListInactiveReceiptsAsync, ModelKeys.SalesReceipt),
    ];

    /// <summary>The built-in section named <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No section has that name; the message lists the known names.</exception>
    public static MetrcSyncSection Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        foreach (MetrcSyncSection section in All)
        {
            if (string.Equals(section.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return section;
            }
        }

        throw new ArgumentException($"Unknown sync section '{name}'. Known sections: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
    }
}
