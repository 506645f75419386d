using Metrc.Sdk.Models;

namespace Metrc.Sdk.MyTrace;

/// <summary>Reads one facility's Metrc data through the SDK and turns it into a <see cref="PartnerSnapshot"/> with <see cref="MetrcPartnerAdapter"/>.</summary>
public static class MetrcPartnerSource
{
    /// <summary>
    /// Reads item categories, active items, facilities, outgoing transfers (with their packages) and active sales receipts
    /// of <paramref name="licenseNumber"/>. Accounts are the other facilities plus the transfer recipients; receipts are
    /// booked to a "Retail customers" account (external id <c>metrc:retail:{licence}</c>), present only when there are receipts.
    /// </summary>
    /// <param name="client">A client for the facility's state and keys.</param>
    /// <param name="licenseNumber">The seller's licence number.</param>
    /// <param name="receiptsFilter">The <c>lastModified</c> range of receipts; null reads what Metrc returns without one.</param>
    /// <param name="transfersFilter">The <c>lastModified</c> range of transfers; null reads what Metrc returns without one.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="licenseNumber"/> is blank.</exception>
    /// <exception cref="MetrcException">Metrc refused a read.</exception>
    public static async Task<PartnerSnapshot> LoadAsync(
        IMetrcClient client, string licenseNumber, MetrcListFilter? receiptsFilter = null, MetrcListFilter? transfersFilter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);

        IReadOnlyList<ItemCategory> categories = await client.Items.ListCategoriesAsync(licenseNumber, cancellationToken: cancellationToken).ConfigureAwait(false);
        List<Item> items = await ToListAsync(client.Items.ListActiveAsync(licenseNumber, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Facility> facilities = await client.Facilities.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        List<Transfer> transfers = await ToListAsync(client.Transfers.ListOutgoingAsync(licenseNumber, transfersFilter, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        var packages = new Dictionary<long, IReadOnlyList<TransferPackage>>();
        foreach (TransferDelivery delivery in transfers.SelectMany(t => t.Deliveries ?? []))
        {
            packages[delivery.Id] = await ToListAsync(client.Transfers.ListDeliveryPackagesAsync(delivery.Id, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        List<SalesReceipt> receipts = await ToListAsync(client.Sales.ListActiveReceiptsAsync(licenseNumber, receiptsFilter, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);

        var accounts = MetrcPartnerAdapter.FromFacilities(facilities, client.State, licenseNumber)
            .Concat(MetrcPartnerAdapter.FromTransferDestinations(transfers, client.State))
            .DistinctBy(a => a.ExternalId, StringComparer.Ordinal)
            .ToList();
        string retailId = "metrc:retail:" + MyTraceNames.LicenseNumber(licenseNumber);
        if (receipts.Count > 0)
        {
            accounts.Add(new PartnerAccount
            {
                ExternalId = retailId,
                Name = "Retail customers",
                Address = new PostalAddress { State = MetrcStates.GetCode(client.State).ToUpperInvariant(), Country = "US" },
            });
        }

        return new PartnerSnapshot
        {
            Categories = MetrcPartnerAdapter.FromItemCategories(categories),
            Items = MetrcPartnerAdapter.FromItems(items),
            Accounts = accounts,
            Orders = [.. MetrcPartnerAdapter.FromOutgoingTransfers(transfers, packages, items), .. MetrcPartnerAdapter.FromSalesReceipts(receipts, items, retailId)],
        };
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (T item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }
}
