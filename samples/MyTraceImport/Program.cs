// MyTraceImport: seed MyTrace from Metrc data, end to end, on the bundled Metrc emulator and the in-memory MyTrace gateway.
//   dotnet run --project samples/MyTraceImport
using System.CommandLine;
using Metrc.Sdk;
using Metrc.Sdk.Models;
using Metrc.Sdk.MyTrace;
using Metrc.Sdk.Samples;
using Metrc.Sdk.Testing;
using NodaTime;

var command = new RootCommand("Seeds MyTrace from Metrc data, end to end, on the bundled Metrc emulator and an in-memory MyTrace gateway; imports twice to show nothing is duplicated.");
command.SetAction((_, cancellationToken) => RunAsync(cancellationToken));
return await SampleCli.RunAsync(command, args);

static async Task<int> RunAsync(CancellationToken cancellationToken)
{
    // 1. A local Metrc (127.0.0.1, no keys, no network) and an SDK client for the seller's facility.
    await using MetrcEmulator emulator = await MetrcEmulator.StartAsync();
    EmulatedFacility seller = emulator.Facilities[0];
    EmulatedFacility buyer = emulator.Facilities[1];
    await using var factory = new MetrcClientFactory(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.GetBaseAddress(MetrcState.Co) });
    IMetrcClient metrc = factory.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, seller.UserKey));
    Console.WriteLine($"Metrc emulator at {emulator.GetBaseAddress(MetrcState.Co)}; seller {seller.LicenseNumber}, buyer {buyer.LicenseNumber}");

    // 2. Some activity to import: a retail sale and a wholesale transfer to the other facility.
    await metrc.Sales.CreateReceiptsAsync(seller.LicenseNumber,
    [
        new CreateSalesReceiptRequest
        {
            SalesDateTime = metrc.Clock.GetLocalNow(seller.LicenseNumber).ToOffsetDateTime().Minus(Duration.FromHours(2)), SalesCustomerType = "Consumer", ExternalReceiptNumber = "POS-1001",
            Transactions = [new CreateSalesTransaction { PackageLabel = seller.SeededPackages[0], Quantity = 3.5m, UnitOfMeasure = "Grams", TotalAmount = 35m }],
        },
    ]);
    await metrc.Transfers.CreateOutgoingAsync(seller.LicenseNumber,
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

    // 3. The licensee's MyTrace settings, validated.
    var configuration = new MyTraceLicenseeConfiguration
    {
        ExternalOrderPlatformActive = true,
        ExternalPlatform = "Metrc",
        OrderUpdateEmails = ["orders@seller.example"],
        Name = "Emulated Facility CO 1",
        Email = "hello@seller.example",
        LicenseNumber = seller.LicenseNumber,
        LicenseExpirationDate = new LocalDate(2030, 12, 31),
        TimeZoneId = "America/Denver",
    };
    configuration.EnsureValid(metrc.Clock.GetToday(seller.LicenseNumber));

    // 4. Read items, categories, facilities, transfers and receipts through the SDK, as partner records.
    PartnerSnapshot source = await MetrcPartnerSource.LoadAsync(metrc, seller.LicenseNumber);
    Console.WriteLine($"Read from Metrc: {source.Categories.Count} categories, {source.Items.Count} items, {source.Accounts.Count} accounts, {source.Orders.Count} orders");

    // 5. Plan against what MyTrace has (nothing yet), mapping each Metrc category to the MyTrace category of the same name.
    var gateway = new InMemoryMyTraceGateway();
    var request = new MyTraceImportRequest
    {
        Source = source,
        Existing = await gateway.GetSnapshotAsync(),
        CategoryMapping = MyTraceCategoryMapping.SameNames(source.Categories),
        TimeZone = configuration.GetTimeZone(),
    };
    MyTraceImportPlan plan = MyTraceImportPlanner.Plan(request);
    Print("Plan", plan);
    foreach (MyTracePlanIssue issue in plan.ProductsMissingCategory.Concat(plan.Orders.Invalid))
    {
        Console.WriteLine($"  ! {issue}");
    }

    if (!plan.IsExecutable)
    {
        Console.Error.WriteLine("The plan cannot run: map the categories listed above (MyTraceCategoryMapping) and plan again.");
        return 1;
    }

    // 6. Execute it, with progress (reported after each new record).
    var executor = new MyTraceImportExecutor(gateway);
    MyTraceImportResult result = await executor.ExecuteAsync(plan, new ConsoleProgress());
    Console.WriteLine("First import:");
    foreach (string line in result.Summary)
    {
        Console.WriteLine($"  {line}");
    }

    // 7. Import again from fresh Metrc data: everything is recognised, nothing is created.
    PartnerSnapshot again = await MetrcPartnerSource.LoadAsync(metrc, seller.LicenseNumber);
    MyTraceImportPlan second = MyTraceImportPlanner.Plan(request with { Source = again, Existing = await gateway.GetSnapshotAsync() });
    Print("Second plan", second);
    MyTraceImportResult secondResult = await executor.ExecuteAsync(second);
    Console.WriteLine($"Second import created {secondResult.TotalImported} record(s).");

    // 8. The wholesale order, edited in MyTrace (one more unit), pushed back as a partner create-order request.
    MyTraceSnapshot stored = await gateway.GetSnapshotAsync();
    MyTraceSalesOrder order = stored.Orders.First(o => o.Status == MyTraceOrderStatus.Shipped);
    MyTraceAccount account = stored.Accounts.Single(a => a.Id == order.AccountId);
    MyTraceSalesOrder edited = order with { Lines = [.. order.Lines.Select(l => l with { Quantity = l.Quantity + 1 })] };
    MyTracePushBackResult pushed = MyTracePushBack.CreateOrderRequest(edited, account, new MyTracePushBackOptions
    {
        PaymentTerms = "Net 30",
        ShipDate = order.OrderDate.PlusDays(1),
        PaymentDueDate = order.OrderDate.PlusDays(31),
        FacilityLicenseNumber = seller.LicenseNumber,
    });
    Console.WriteLine(pushed.Succeeded
        ? $"Push-back: order {pushed.Request!.OrderNumber} for {pushed.Request.AccountName} ({pushed.Request.AccountExternalId}), {pushed.Request.Lines.Count} line(s), total {pushed.Request.Total:0.00}, due {pushed.Request.PaymentDueDate:yyyy-MM-dd}"
        : "Push-back refused: " + string.Join("; ", pushed.Errors));
    return pushed.Succeeded ? 0 : 1;
}

static void Print(string title, MyTraceImportPlan plan)
{
    Console.WriteLine($"{title} (executable: {plan.IsExecutable}):");
    Console.WriteLine($"  categories  new {plan.Categories.New.Count,3}  existing {plan.Categories.Existing.Count,3}  invalid {plan.Categories.Invalid.Count,3}");
    Console.WriteLine($"  products    new {plan.Products.New.Count,3}  existing {plan.Products.Existing.Count,3}  invalid {plan.Products.Invalid.Count,3}");
    Console.WriteLine($"  accounts    new {plan.Accounts.New.Count,3}  existing {plan.Accounts.Existing.Count,3}  invalid {plan.Accounts.Invalid.Count,3}");
    Console.WriteLine($"  orders      new {plan.Orders.New.Count,3}  existing {plan.Orders.Existing.Count,3}  invalid {plan.Orders.Invalid.Count,3}");
}

/// <summary>Prints progress as it is reported (System.Progress would post to the thread pool and print out of order).</summary>
internal sealed class ConsoleProgress : IProgress<MyTraceImportProgress>
{
    public void Report(MyTraceImportProgress value) =>
        Console.WriteLine($"  {value.Completed,2}/{value.Total} {value.Kind,-10} {value.SourceExternalId}{(value.Created ? string.Empty : " (already there)")}");
}
