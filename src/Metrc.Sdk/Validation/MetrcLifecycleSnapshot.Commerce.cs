namespace Metrc.Sdk;

// Sales receipts and deliveries, transfer templates and external incoming transfers, drivers and vehicles.
public sealed partial class MetrcLifecycleSnapshot
{
    /// <summary>The facility's sales receipts that are not voided, by Metrc id (updates, voids, finalize and unfinalize check them).</summary>
    public IReadOnlyDictionary<long, MetrcReceiptInfo>? Receipts { get; init; }

    /// <summary>The facility's sales deliveries that are not voided, by Metrc id; the value says whether the delivery is completed.</summary>
    public IReadOnlyDictionary<long, bool>? SalesDeliveries { get; init; }

    /// <summary>
    /// The facility's outgoing transfer templates that are not archived, by Metrc id, with the labels of the packages on
    /// each (those packages are in transit; an update of the same template may list them again).
    /// </summary>
    public IReadOnlyDictionary<long, IReadOnlyList<string>>? TransferTemplates { get; init; }

    /// <summary>The Metrc ids of the facility's external incoming transfers that are not voided.</summary>
    public IReadOnlySet<long>? ExternalIncomingTransfers { get; init; }

    /// <summary>The Metrc ids of the facility's drivers that are not archived.</summary>
    public IReadOnlySet<string>? Drivers { get; init; }

    /// <summary>The Metrc ids of the facility's vehicles that are not archived.</summary>
    public IReadOnlySet<string>? Vehicles { get; init; }
}
