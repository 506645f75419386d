using Metrc.Sdk.Models;

namespace Metrc.Sdk.Sync;

/// <summary>
/// The sections the sync engine knows: one entry per paged list that takes a <c>lastModified</c> filter. A section
/// that lands in the client later (lab tests, processing jobs, incoming transfers, inactive plants, …) is one more
/// entry here.
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
        new MetrcSyncSection<Plant>("plants.vegetative", c => c.Plants.ListVegetativeAsync, ModelKeys.Plant),
        new MetrcSyncSection<Plant>("plants.flowering", c => c.Plants.ListFloweringAsync, ModelKeys.Plant),
        new MetrcSyncSection<Harvest>("harvests.active", c => c.Harvests.ListActiveAsync, ModelKeys.Harvest),
        new MetrcSyncSection<Package>("packages.active", c => c.Packages.ListActiveAsync, ModelKeys.Package),
        new MetrcSyncSection<Package>("packages.onhold", c => c.Packages.ListOnHoldAsync, ModelKeys.Package),
        new MetrcSyncSection<Package>("packages.inactive", c => c.Packages.ListInactiveAsync, ModelKeys.Package),
        new MetrcSyncSection<Package>("packages.intransit", c => c.Packages.ListInTransitAsync, ModelKeys.Package),
        new MetrcSyncSection<Transfer>("transfers.outgoing", c => c.Transfers.ListOutgoingAsync, ModelKeys.Transfer),
        new MetrcSyncSection<SalesReceipt>("sales.receipts.active", c => c.Sales.ListActiveReceiptsAsync, ModelKeys.SalesReceipt),
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
