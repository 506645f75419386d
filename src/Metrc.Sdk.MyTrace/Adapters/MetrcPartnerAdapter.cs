using System.Globalization;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.MyTrace;

/// <summary>
/// Turns Metrc data into the partner model, so a licensee can seed MyTrace from Metrc when no partner platform is linked.
/// Pure functions; external ids are derived from Metrc ids (<c>metrc:item:1042</c>, <c>metrc:license:CO-LIC-0002</c>...)
/// and are therefore stable from one import to the next.
/// </summary>
public static class MetrcPartnerAdapter
{
    /// <summary>The prefix of every external id this adapter makes.</summary>
    public const string ExternalIdPrefix = "metrc:";

    /// <summary>The external id of a Metrc item category (by name).</summary>
    /// <param name="categoryName">The category name.</param>
    public static string CategoryExternalId(string categoryName) => "metrc:category:" + MyTraceNames.Normalize(categoryName);

    /// <summary>The external id of a Metrc item.</summary>
    /// <param name="itemId">Metrc's item id.</param>
    public static string ItemExternalId(long itemId) => "metrc:item:" + itemId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The external id of the account for a licence number.</summary>
    /// <param name="licenseNumber">The licence number.</param>
    public static string AccountExternalId(string licenseNumber) => "metrc:license:" + MyTraceNames.LicenseNumber(licenseNumber);

    /// <summary>Metrc item categories as partner categories.</summary>
    /// <param name="categories">The categories (<c>client.Items.ListCategoriesAsync</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is null.</exception>
    public static IReadOnlyList<PartnerItemCategory> FromItemCategories(IEnumerable<ItemCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return categories.Where(c => c is not null && !string.IsNullOrWhiteSpace(c.Name))
            .Select(c => new PartnerItemCategory { ExternalId = CategoryExternalId(c.Name), Name = MyTraceNames.Normalize(c.Name) })
            .ToList();
    }

    /// <summary>
    /// Metrc items as catalog items: the unit is the item's unit of measure, else the default of its quantity type
    /// (weight → Grams, volume → Milliliters, count → Each); items not approved are inactive; Metrc has no prices or SKUs.
    /// </summary>
    /// <param name="items">The items (<c>client.Items.ListActiveAsync</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static IReadOnlyList<PartnerCatalogItem> FromItems(IEnumerable<Item> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Where(i => i is not null).Select(i => new PartnerCatalogItem
        {
            ExternalId = ItemExternalId(i.Id),
            Name = i.Name,
            CategoryExternalId = string.IsNullOrWhiteSpace(i.ProductCategoryName) ? null : CategoryExternalId(i.ProductCategoryName),
            Brand = i.ItemBrandName,
            UnitOfMeasure = i.UnitOfMeasureName ?? DefaultUnit(i.QuantityType),
            IsActive = i.ApprovalStatus is null || string.Equals(i.ApprovalStatus, "Approved", StringComparison.OrdinalIgnoreCase),
        }).ToList();
    }

    /// <summary>Metrc facilities as accounts (one per licence number; facilities without a licence number are left out).</summary>
    /// <param name="facilities">The facilities (<c>client.Facilities.ListAsync</c>).</param>
    /// <param name="state">The state the facilities are in (becomes the address state; the country is US).</param>
    /// <param name="excludeLicenseNumber">The seller's own licence, which is not an account of itself.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facilities"/> is null.</exception>
    public static IReadOnlyList<PartnerAccount> FromFacilities(IEnumerable<Facility> facilities, MetrcState state, string? excludeLicenseNumber = null)
    {
        ArgumentNullException.ThrowIfNull(facilities);
        string? excluded = MyTraceNames.LicenseNumber(excludeLicenseNumber);
        return facilities
            .Where(f => f?.License?.Number is not null && MyTraceNames.LicenseNumber(f.License.Number) != excluded)
            .DistinctBy(f => MyTraceNames.LicenseNumber(f.License!.Number))
            .Select(f => Account(f.License!.Number!, f.DisplayName ?? f.Name ?? f.License.Number!, state))
            .ToList();
    }

    /// <summary>The destinations of outgoing transfers as accounts (one per recipient licence number).</summary>
    /// <param name="transfers">The transfers (<c>client.Transfers.ListOutgoingAsync</c>).</param>
    /// <param name="state">The state of the recipients.</param>
    /// <exception cref="ArgumentNullException"><paramref name="transfers"/> is null.</exception>
    public static IReadOnlyList<PartnerAccount> FromTransferDestinations(IEnumerable<Transfer> transfers, MetrcState state)
    {
        ArgumentNullException.ThrowIfNull(transfers);
        return transfers.Where(t => t is not null)
            .SelectMany(t => t.Deliveries ?? [])
            .Where(d => d?.RecipientFacilityLicenseNumber is not null)
            .DistinctBy(d => MyTraceNames.LicenseNumber(d.RecipientFacilityLicenseNumber))
            .Select(d => Account(d.RecipientFacilityLicenseNumber!, d.RecipientFacilityName ?? d.RecipientFacilityLicenseNumber!, state))
            .ToList();
    }

    /// <summary>
    /// Sales receipts as delivered, fully paid orders of one account (retail sales have no buying licensee). Each line's
    /// product is found by item name; a line whose product is not among <paramref name="items"/> keeps no item id and is
    /// later reported as an unmapped line. The line total is Metrc's total price; the unit price is total ÷ quantity in cents.
    /// </summary>
    /// <param name="receipts">The receipts (<c>client.Sales.ListActiveReceiptsAsync</c>).</param>
    /// <param name="items">The seller's items, to find each line's item id.</param>
    /// <param name="accountExternalId">The external id of the account the sales are booked to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="accountExternalId"/> is blank.</exception>
    public static IReadOnlyList<PartnerSalesOrder> FromSalesReceipts(IEnumerable<SalesReceipt> receipts, IEnumerable<Item> items, string accountExternalId)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountExternalId);
        Dictionary<string, long> itemIds = ItemIdsByName(items);
        return receipts.Where(r => r is not null).Select(r => new PartnerSalesOrder
        {
            ExternalId = "metrc:receipt:" + r.Id.ToString(CultureInfo.InvariantCulture),
            OrderNumber = r.ExternalReceiptNumber ?? r.ReceiptNumber ?? r.Id.ToString(CultureInfo.InvariantCulture),
            AccountExternalId = accountExternalId,
            OrderedAt = (r.SalesDateTime ?? r.LastModified)?.ToInstant() ?? default,
            Status = "delivered",
            AmountPaid = MyTraceMoney.RoundToCents(r.TotalPrice),
            Lines = (r.Transactions ?? []).Where(t => t is not null)
                .Select(t => Line(itemIds, t.ProductName, t.QuantitySold, t.TotalPrice)).ToList(),
        }).ToList();
    }

    /// <summary>
    /// Outgoing transfers as shipped, unpaid orders: one order per delivery, booked to the recipient's account
    /// (<see cref="AccountExternalId"/>). Lines are the delivery's packages; the line total is the wholesale price (zero
    /// when the state asks for none).
    /// </summary>
    /// <param name="transfers">The transfers (<c>client.Transfers.ListOutgoingAsync</c>).</param>
    /// <param name="packagesByDeliveryId">Each delivery's packages (<c>client.Transfers.ListDeliveryPackagesAsync</c>).</param>
    /// <param name="items">The shipper's items, to find each line's item id.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<PartnerSalesOrder> FromOutgoingTransfers(
        IEnumerable<Transfer> transfers, IReadOnlyDictionary<long, IReadOnlyList<TransferPackage>> packagesByDeliveryId, IEnumerable<Item> items)
    {
        ArgumentNullException.ThrowIfNull(transfers);
        ArgumentNullException.ThrowIfNull(packagesByDeliveryId);
        Dictionary<string, long> itemIds = ItemIdsByName(items);
        var orders = new List<PartnerSalesOrder>();
        foreach (Transfer transfer in transfers.Where(t => t is not null))
        {
            IReadOnlyList<TransferDelivery> deliveries = transfer.Deliveries ?? [];
            for (int i = 0; i < deliveries.Count; i++)
            {
                TransferDelivery delivery = deliveries[i];
                string manifest = transfer.ManifestNumber ?? transfer.Id.ToString(CultureInfo.InvariantCulture);
                IReadOnlyList<TransferPackage> packages = packagesByDeliveryId.GetValueOrDefault(delivery.Id) ?? [];
                orders.Add(new PartnerSalesOrder
                {
                    ExternalId = "metrc:delivery:" + delivery.Id.ToString(CultureInfo.InvariantCulture),
                    OrderNumber = deliveries.Count == 1 ? manifest : string.Create(CultureInfo.InvariantCulture, $"{manifest}-{i + 1}"),
                    AccountExternalId = delivery.RecipientFacilityLicenseNumber is { } recipient ? AccountExternalId(recipient) : null,
                    OrderedAt = (transfer.CreatedDateTime ?? delivery.EstimatedDepartureDateTime ?? transfer.LastModified)?.ToInstant() ?? default,
                    Status = "shipped",
                    Lines = packages.Where(p => p is not null)
                        .Select(p => Line(itemIds, p.ProductName, p.ShippedQuantity, p.ShipperWholesalePrice ?? 0m)).ToList(),
                });
            }
        }

        return orders;
    }

    private static PartnerAccount Account(string licenseNumber, string name, MetrcState state) => new()
    {
        ExternalId = AccountExternalId(licenseNumber),
        Name = name,
        LicenseNumber = licenseNumber,
        Address = new PostalAddress { State = MetrcStates.GetCode(state).ToUpperInvariant(), Country = "US" },
    };

    private static PartnerOrderLine Line(Dictionary<string, long> itemIds, string? productName, decimal quantity, decimal lineTotal) => new()
    {
        ItemExternalId = productName is not null && itemIds.TryGetValue(MyTraceNames.Key(productName), out long id) ? ItemExternalId(id) : null,
        Quantity = quantity,
        UnitPrice = quantity > 0m ? MyTraceMoney.RoundToCents(lineTotal / quantity) : 0m,
        LineTotal = MyTraceMoney.RoundToCents(lineTotal),
    };

    private static Dictionary<string, long> ItemIdsByName(IEnumerable<Item> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (Item item in items.Where(i => i is not null))
        {
            ids.TryAdd(MyTraceNames.Key(item.Name), item.Id);
        }

        return ids;
    }

    private static string DefaultUnit(string? quantityType) => quantityType switch
    {
        "WeightBased" => "Grams",
        "VolumeBased" => "Milliliters",
        _ => "Each",
    };
}
