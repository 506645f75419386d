using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.MyTrace.Tests.Adapters;

public class MetrcPartnerAdapterTests
{
    private static readonly Item[] s_items =
    [
        new Item { Id = 11, Name = "Buds", ProductCategoryName = "Buds", QuantityType = "WeightBased", UnitOfMeasureName = "Grams" },
        new Item { Id = 12, Name = "Gummies", ProductCategoryName = "Edible", QuantityType = "CountBased", ItemBrandName = "Drops", ApprovalStatus = "Pending" },
        new Item { Id = 13, Name = "Syrup", QuantityType = "VolumeBased" },
    ];

    [Fact]
    public void Items_become_catalog_items_with_stable_external_ids_and_default_units()
    {
        IReadOnlyList<PartnerCatalogItem> catalog = MetrcPartnerAdapter.FromItems(s_items);

        Assert.Equal(["metrc:item:11", "metrc:item:12", "metrc:item:13"], catalog.Select(c => c.ExternalId));
        Assert.Equal(["Grams", "Each", "Milliliters"], catalog.Select(c => c.UnitOfMeasure));
        Assert.Equal(["metrc:category:Buds", "metrc:category:Edible", null], catalog.Select(c => c.CategoryExternalId));
        Assert.Equal([true, false, true], catalog.Select(c => c.IsActive));
        Assert.Equal("Drops", catalog[1].Brand);
        Assert.Equal("metrc:category:Shake/Trim", MetrcPartnerAdapter.FromItemCategories([new ItemCategory { Name = " Shake/Trim " }, new ItemCategory()]).Single().ExternalId);
    }

    [Fact]
    public void Facilities_and_transfer_destinations_become_accounts_once_per_licence()
    {
        Facility[] facilities =
        [
            new Facility { Name = "Me", License = new FacilityLicense { Number = "CO-1" } },
            new Facility { Name = "Shop", DisplayName = "Shop Display", License = new FacilityLicense { Number = "co-2" } },
            new Facility { Name = "Shop again", License = new FacilityLicense { Number = "CO-2" } },
            new Facility { Name = "No licence" },
        ];

        PartnerAccount account = Assert.Single(MetrcPartnerAdapter.FromFacilities(facilities, MetrcState.Co, excludeLicenseNumber: "co-1"));
        Assert.Equal(("metrc:license:CO-2", "Shop Display", "CO", "US"), (account.ExternalId, account.Name, account.Address!.State, account.Address.Country));

        Transfer transfer = new() { Deliveries = [new TransferDelivery { RecipientFacilityLicenseNumber = "CO-2" }, new TransferDelivery { RecipientFacilityLicenseNumber = "CO-3", RecipientFacilityName = "Three" }] };
        Assert.Equal(["metrc:license:CO-2", "metrc:license:CO-3"], MetrcPartnerAdapter.FromTransferDestinations([transfer, transfer], MetrcState.Co).Select(a => a.ExternalId));
    }

    [Fact]
    public void Receipts_and_transfers_become_orders_whose_unknown_products_stay_unmapped()
    {
        var receipt = new SalesReceipt
        {
            Id = 5,
            ReceiptNumber = "0000000005",
            SalesDateTime = new OffsetDateTime(new LocalDateTime(2026, 5, 1, 10, 0), Offset.FromHours(-6)),
            TotalPrice = 30m,
            Transactions = [new SalesTransaction { ProductName = "buds", QuantitySold = 3m, TotalPrice = 10m }, new SalesTransaction { ProductName = "Mystery", QuantitySold = 1m, TotalPrice = 20m }],
        };

        PartnerSalesOrder sale = Assert.Single(MetrcPartnerAdapter.FromSalesReceipts([receipt], s_items, "retail"));
        Assert.Equal(("metrc:receipt:5", "0000000005", "retail", 30m), (sale.ExternalId, sale.OrderNumber, sale.AccountExternalId, sale.AmountPaid));
        Assert.Equal([("metrc:item:11", 3.33m, 10m), (null, 20m, 20m)], sale.Lines.Select(l => (l.ItemExternalId, l.UnitPrice, l.LineTotal!.Value)));

        var transfer = new Transfer
        {
            Id = 9,
            ManifestNumber = "M-9",
            CreatedDateTime = new OffsetDateTime(new LocalDateTime(2026, 5, 2, 8, 0), Offset.Zero),
            Deliveries = [new TransferDelivery { Id = 91, RecipientFacilityLicenseNumber = "CO-2" }, new TransferDelivery { Id = 92, RecipientFacilityLicenseNumber = "CO-3" }],
        };
        var packages = new Dictionary<long, IReadOnlyList<TransferPackage>> { [91] = [new TransferPackage { ProductName = "Gummies", ShippedQuantity = 4m, ShipperWholesalePrice = 10m }] };

        IReadOnlyList<PartnerSalesOrder> orders = MetrcPartnerAdapter.FromOutgoingTransfers([transfer], packages, s_items);
        Assert.Equal([("metrc:delivery:91", "M-9-1", "metrc:license:CO-2"), ("metrc:delivery:92", "M-9-2", "metrc:license:CO-3")], orders.Select(o => (o.ExternalId, o.OrderNumber, o.AccountExternalId!)));
        Assert.Equal(("metrc:item:12", 2.5m), (orders[0].Lines[0].ItemExternalId, orders[0].Lines[0].UnitPrice));
        Assert.Empty(orders[1].Lines);

        // Planned, the unknown product and the empty delivery are reported, not dropped.
        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(new MyTraceImportRequest
        {
            Source = new PartnerSnapshot { Orders = [sale, .. orders], Accounts = [new PartnerAccount { ExternalId = "retail", Name = "Retail" }] },
            TimeZone = DateTimeZone.Utc,
        });
        Assert.Equal(3, plan.Orders.Invalid.Count);
        Assert.Contains(plan.Orders.Invalid[0].Errors, e => e is { Code: MyTraceErrorCode.UnmappedLine, LineNumber: 2 });
        Assert.Contains(plan.Orders.Invalid[2].Errors, e => e.Code == MyTraceErrorCode.NoLines);
    }

    [Fact]
    public void Null_arguments_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => MetrcPartnerAdapter.FromItems(null!));
        Assert.Throws<ArgumentNullException>(() => MetrcPartnerAdapter.FromFacilities(null!, MetrcState.Co));
        Assert.Throws<ArgumentException>(() => MetrcPartnerAdapter.FromSalesReceipts([], s_items, " "));
        Assert.Throws<ArgumentNullException>(() => MetrcPartnerAdapter.FromOutgoingTransfers([], null!, s_items));
    }
}
