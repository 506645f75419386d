using Metrc.Sdk.Models;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.MyTrace.Tests.Adapters;

/// <summary>Reads real SDK responses from the bundled emulator and plans and executes an import from them.</summary>
public sealed class MetrcEmulatorImportTests : IAsyncLifetime
{
    private static readonly DateTimeOffset s_start = new(2026, 6, 1, 15, 0, 0, TimeSpan.Zero);
    private MetrcEmulator _emulator = null!;
    private MetrcClientFactory _factory = null!;

    public async Task InitializeAsync()
    {
        var options = new MetrcEmulatorOptions { TimeProvider = new FakeTimeProvider(s_start), TagsPerFacility = 20 };
        options.RateLimits.Enabled = false;
        _emulator = await MetrcEmulator.StartAsync(options);
        _factory = new MetrcClientFactory(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = _emulator.GetBaseAddress(MetrcState.Co) };
            o.MaxRetryAttempts = 0;
        });
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Metrc_items_facilities_receipts_and_transfers_plan_and_import_into_MyTrace()
    {
        EmulatedFacility seller = _emulator.Facilities[0];
        EmulatedFacility buyer = _emulator.Facilities[1];
        IMetrcClient client = _factory.Create(MetrcState.Co, new MetrcCredentials(_emulator.VendorKey, seller.UserKey));
        var soldAt = OffsetDateTime.FromDateTimeOffset(s_start.AddHours(-20)); // 2026-05-31 19:00 UTC = 13:00 in Denver

        await client.Sales.CreateReceiptsAsync(seller.LicenseNumber,
        [
            new CreateSalesReceiptRequest
            {
                SalesDateTime = soldAt, SalesCustomerType = "Consumer", ExternalReceiptNumber = "POS-1001",
                Transactions = [new CreateSalesTransaction { PackageLabel = seller.SeededPackages[0], Quantity = 3.5m, UnitOfMeasure = "Grams", TotalAmount = 35.005m }],
            },
        ]);
        await client.Transfers.CreateOutgoingAsync(seller.LicenseNumber,
        [
            new CreateOutgoingTransferRequest
            {
                Name = "Wholesale to buyer",
                Destinations =
                [
                    new TransferDestinationRequest
                    {
                        RecipientLicenseNumber = buyer.LicenseNumber, TransferTypeName = "Wholesale Manifest",
                        Packages = [new TransferPackageRequest { PackageLabel = seller.SeededPackages[1], WholesalePrice = 1250m }],
                    },
                ],
            },
        ]);

        PartnerSnapshot source = await MetrcPartnerSource.LoadAsync(client, seller.LicenseNumber);

        Assert.Equal(8, source.Categories.Count);
        Assert.Equal(7, source.Items.Count); // six products and Clones
        Assert.Contains(source.Accounts, a => a.ExternalId == MetrcPartnerAdapter.AccountExternalId(buyer.LicenseNumber) && a.Address!.State == "CO");
        Assert.DoesNotContain(source.Accounts, a => a.LicenseNumber == seller.LicenseNumber);
        Assert.Equal(2, source.Orders.Count);

        var gateway = new InMemoryMyTraceGateway();
        var request = new MyTraceImportRequest
        {
            Source = source,
            CategoryMapping = MyTraceCategoryMapping.SameNames(source.Categories),
            TimeZone = DateTimeZoneProviders.Tzdb["America/Denver"],
        };
        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(request);
        Assert.True(plan.IsExecutable);
        Assert.Empty(plan.Orders.Invalid);

        MyTraceImportResult result = await new MyTraceImportExecutor(gateway).ExecuteAsync(plan);

        Assert.Equal((source.Categories.Count, source.Items.Count, source.Accounts.Count, 2), (result.Categories.Imported, result.Products.Imported, result.Accounts.Imported, result.Orders.Imported));
        MyTraceSnapshot stored = await gateway.GetSnapshotAsync();
        MyTraceSalesOrder sale = stored.Orders.Single(o => o.OrderNumber == "POS-1001");
        Assert.Equal((new LocalDate(2026, 5, 31), MyTraceOrderStatus.Delivered, 35.01m, 0m), (sale.OrderDate, sale.Status, sale.Total, sale.Balance));
        Assert.Equal((3.5m, 10m), (sale.Lines[0].Quantity, sale.Lines[0].UnitPrice));
        Assert.Equal("Buds", stored.Products.Single(p => p.Id == sale.Lines[0].ProductId).Name);
        MyTraceSalesOrder shipped = stored.Orders.Single(o => o.Status == MyTraceOrderStatus.Shipped);
        Assert.Equal((1250m, 1250m), (shipped.Total, shipped.Balance));
        Assert.Equal(MetrcPartnerAdapter.AccountExternalId(buyer.LicenseNumber), shipped.AccountExternalId);
        Assert.Equal(MyTraceUnit.Milliliter, stored.Products.Single(p => p.Name == "Tincture 30ml").Unit);

        // A second import of fresh Metrc data creates nothing.
        PartnerSnapshot again = await MetrcPartnerSource.LoadAsync(client, seller.LicenseNumber);
        MyTraceImportPlan second = MyTraceImportPlanner.Plan(request with { Source = again, Existing = await gateway.GetSnapshotAsync() });
        Assert.Equal(0, second.NewCount);
        Assert.Equal(0, (await new MyTraceImportExecutor(gateway).ExecuteAsync(second)).TotalImported);
    }

    [Fact]
    public async Task Loading_checks_its_arguments()
    {
        IMetrcClient client = _factory.Create(MetrcState.Co, new MetrcCredentials(_emulator.VendorKey, _emulator.Facilities[0].UserKey));

        await Assert.ThrowsAsync<ArgumentNullException>(() => MetrcPartnerSource.LoadAsync(null!, "X"));
        await Assert.ThrowsAsync<ArgumentException>(() => MetrcPartnerSource.LoadAsync(client, " "));
    }
}
