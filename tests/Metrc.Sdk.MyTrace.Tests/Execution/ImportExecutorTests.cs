using NodaTime;

namespace Metrc.Sdk.MyTrace.Tests.Execution;

public class ImportExecutorTests
{
    private static readonly PartnerSnapshot s_source = SeedData.Create();

    [Fact]
    public async Task The_seed_flow_imports_everything_once_and_a_second_import_creates_nothing()
    {
        // 1. The licensee links Canix.
        var configuration = new MyTraceLicenseeConfiguration
        {
            ExternalOrderPlatformActive = true,
            ExternalPlatform = "Canix",
            OrderUpdateEmails = ["orders@greenvalley.example"],
            Name = "Green Valley Cultivation",
            Email = "hello@greenvalley.example",
            LicenseNumber = "403-00123",
            LicenseExpirationDate = new LocalDate(2027, 3, 31),
            TimeZoneId = "America/Denver",
        };
        configuration.EnsureValid(new LocalDate(2026, 6, 1));
        DateTimeZone zone = configuration.GetTimeZone();

        var gateway = new InMemoryMyTraceGateway();
        var executor = new MyTraceImportExecutor(gateway);

        // 2. Categories first: planned alone, all new.
        MyTraceImportPlan categoriesOnly = MyTraceImportPlanner.Plan(new MyTraceImportRequest
        {
            Source = s_source with { Items = [], Accounts = [], Orders = [] },
            Existing = await gateway.GetSnapshotAsync(),
            TimeZone = zone,
        });
        MyTraceImportResult first = await executor.ExecuteAsync(categoriesOnly);
        Assert.Equal("Imported 12 category(ies); 0 already present, 0 invalid, 0 skipped", first.Categories.ToString());

        // 3. Products, each mapped to a MyTrace category; 4. accounts; 5. orders of the selected accounts.
        MyTraceCategoryMapping mapping = MyTraceCategoryMapping.SameNames(s_source.Categories);
        string[] selected = s_source.Accounts.Take(10).Select(a => a.ExternalId).ToArray();
        var request = new MyTraceImportRequest
        {
            Source = s_source,
            Existing = await gateway.GetSnapshotAsync(),
            CategoryMapping = mapping,
            Filter = new MyTraceImportFilter { OrderAccountExternalIds = selected },
            TimeZone = zone,
        };
        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(request);
        Assert.Equal(12, plan.Categories.Existing.Count);
        Assert.Empty(plan.Categories.New);

        var reports = new List<MyTraceImportProgress>();
        MyTraceImportResult result = await executor.ExecuteAsync(plan, new SynchronousProgress<MyTraceImportProgress>(reports.Add));

        Assert.Equal(
            [
                "Imported 0 category(ies); 12 already present, 0 invalid, 0 skipped",
                "Imported 300 product(s); 0 already present, 0 invalid, 0 skipped",
                "Imported 40 account(s); 0 already present, 0 invalid, 0 skipped",
                "Imported 20 sales order(s); 0 already present, 0 invalid, 40 skipped",
            ],
            result.Summary);
        Assert.Equal(360, reports.Count);
        Assert.Equal(Enumerable.Range(1, 360), reports.Select(r => r.Completed));
        Assert.All(reports, r => Assert.Equal(360, r.Total));
        Assert.Equal(MyTraceEntityKind.SalesOrder, reports[^1].Kind);

        MyTraceSnapshot stored = await gateway.GetSnapshotAsync();
        Assert.Equal((12, 300, 40, 20), (stored.Categories.Count, stored.Products.Count, stored.Accounts.Count, stored.Orders.Count));
        Assert.All(stored.Orders, o =>
        {
            Assert.Contains(o.AccountExternalId, selected);
            Assert.Equal(stored.Accounts.Single(a => a.ExternalId == o.AccountExternalId).Id, o.AccountId);
            Assert.All(o.Lines, l => Assert.Equal(stored.Products.Single(p => p.ExternalId == l.ProductExternalId).Id, l.ProductId));
        });

        // 6. The whole import again, every order this time: only the 40 orders not taken before are new.
        MyTraceImportPlan again = MyTraceImportPlanner.Plan(request with { Existing = await gateway.GetSnapshotAsync(), Filter = new MyTraceImportFilter() });
        Assert.Equal(40, again.NewCount);
        await executor.ExecuteAsync(again);

        // 7. And once more: zero new records, nothing created.
        int before = gateway.CreateCount;
        MyTraceImportPlan third = MyTraceImportPlanner.Plan(request with { Existing = await gateway.GetSnapshotAsync(), Filter = new MyTraceImportFilter() });
        Assert.Equal(0, third.NewCount);
        Assert.Equal((12, 300, 40, 60), (third.Categories.Existing.Count, third.Products.Existing.Count, third.Accounts.Existing.Count, third.Orders.Existing.Count));
        Assert.All(third.Products.Existing, e => Assert.Equal(MyTraceMatch.ExternalId, e.MatchedBy));
        MyTraceImportResult none = await executor.ExecuteAsync(third);
        Assert.Equal(0, none.TotalImported);
        Assert.Equal(before, gateway.CreateCount);
        Assert.Equal("Imported 0 account(s); 40 already present, 0 invalid, 0 skipped", none.Accounts.ToString());

        // 8. An order edited in MyTrace goes back to Canix with its account's external id.
        MyTraceSalesOrder order = stored.Orders[0];
        MyTraceAccount account = stored.Accounts.Single(a => a.Id == order.AccountId);
        MyTraceSalesOrder edited = order with { Lines = [.. order.Lines.Select(l => l with { Quantity = l.Quantity + 1 })] };
        PartnerCreateOrderRequest pushed = MyTracePushBack.CreateOrderRequest(edited, account, new MyTracePushBackOptions
        {
            PaymentTerms = "Net 30",
            ShipDate = order.OrderDate.PlusDays(2),
            PaymentDueDate = order.OrderDate.PlusDays(32),
            FacilityLicenseNumber = configuration.LicenseNumber!,
        }).EnsureSuccess();
        Assert.Equal(account.ExternalId, pushed.AccountExternalId);
        Assert.Equal(order.ExternalId, pushed.ExternalId);
        Assert.Equal(edited.Lines.Select(l => (l.ProductExternalId!, l.Quantity)), pushed.Lines.Select(l => (l.ItemExternalId, l.Quantity)));
        Assert.Equal(pushed.Lines.Sum(l => MyTraceMoney.LineTotal(l.Quantity, l.UnitPrice)), pushed.Total);
    }

    [Fact]
    public async Task An_interrupted_import_resumes_without_duplicates()
    {
        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source));
        var inner = new InMemoryMyTraceGateway();
        var flaky = new FailingGateway(inner, failOnCreate: 200);

        await Assert.ThrowsAsync<IOException>(() => new MyTraceImportExecutor(flaky).ExecuteAsync(plan));
        Assert.Equal(199, inner.CreateCount);

        // The same plan, run again: what was created is recognised by external id and skipped.
        MyTraceImportResult resumed = await new MyTraceImportExecutor(inner).ExecuteAsync(plan);

        Assert.Equal(412 - 199, resumed.TotalImported);
        Assert.Equal(187, resumed.Products.AlreadyPresent);
        Assert.Equal(412, inner.CreateCount);
        MyTraceSnapshot stored = await inner.GetSnapshotAsync();
        Assert.Equal(stored.Products.Count, stored.Products.Select(p => p.ExternalId).Distinct().Count());
    }

    [Fact]
    public async Task A_cancelled_import_stops_between_records_and_resumes()
    {
        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source));
        var gateway = new InMemoryMyTraceGateway();
        using var cts = new CancellationTokenSource();
        var progress = new SynchronousProgress<MyTraceImportProgress>(p =>
        {
            if (p.Completed == 50)
            {
                cts.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new MyTraceImportExecutor(gateway).ExecuteAsync(plan, progress, cts.Token));
        Assert.Equal(50, gateway.CreateCount);

        var reports = new List<MyTraceImportProgress>();
        MyTraceImportResult resumed = await new MyTraceImportExecutor(gateway).ExecuteAsync(plan, new SynchronousProgress<MyTraceImportProgress>(reports.Add));
        Assert.Equal(362, resumed.TotalImported);
        Assert.Equal(50, reports.Count(r => !r.Created));
        Assert.Equal(412, gateway.CreateCount);
    }

    [Fact]
    public async Task A_plan_with_unmapped_products_is_refused_before_anything_is_written()
    {
        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source) with { CategoryMapping = new MyTraceCategoryMapping() });
        var gateway = new InMemoryMyTraceGateway();

        var ex = await Assert.ThrowsAsync<MyTraceValidationException>(() => new MyTraceImportExecutor(gateway).ExecuteAsync(plan));

        Assert.Equal(300, ex.Errors.Count);
        Assert.All(ex.Errors, e => Assert.Equal(MyTraceErrorCode.CategoryNotMapped, e.Code));
        Assert.Equal("plan", ex.ParamName);
        Assert.Equal(0, gateway.CreateCount);
        await Assert.ThrowsAsync<ArgumentNullException>(() => new MyTraceImportExecutor(gateway).ExecuteAsync(null!));
        Assert.Throws<ArgumentNullException>(() => new MyTraceImportExecutor(null!));
    }

    [Fact]
    public async Task The_in_memory_gateway_enforces_unique_external_ids_and_existing_dependencies()
    {
        var gateway = new InMemoryMyTraceGateway();
        await gateway.CreateCategoryAsync(new MyTraceProductCategory { ExternalId = "c1", Name = "Flower" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => gateway.CreateCategoryAsync(new MyTraceProductCategory { ExternalId = "c1", Name = "Other" }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => gateway.CreateCategoryAsync(new MyTraceProductCategory { Name = " flower" }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => gateway.CreateProductAsync(new MyTraceProduct { Name = "P", CategoryName = "Edible" }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => gateway.CreateSalesOrderAsync(new MyTraceSalesOrder { OrderNumber = "1", AccountId = "nope" }));
        await Assert.ThrowsAsync<ArgumentException>(() => gateway.CreateAccountAsync(new MyTraceAccount { Name = " " }));
        MyTraceProduct product = await gateway.CreateProductAsync(new MyTraceProduct { Name = "P", CategoryName = "FLOWER" });
        Assert.StartsWith("prd-", product.Id, StringComparison.Ordinal);
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool, which would make the assertions racy).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>Fails the n-th create with an I/O error, as a dropped connection would.</summary>
    private sealed class FailingGateway(IMyTraceGateway inner, int failOnCreate) : IMyTraceGateway
    {
        private int _creates;

        public Task<MyTraceSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) => inner.GetSnapshotAsync(cancellationToken);

        public Task<MyTraceProductCategory> CreateCategoryAsync(MyTraceProductCategory category, CancellationToken cancellationToken = default) =>
            Next<MyTraceProductCategory>() ?? inner.CreateCategoryAsync(category, cancellationToken);

        public Task<MyTraceProduct> CreateProductAsync(MyTraceProduct product, CancellationToken cancellationToken = default) =>
            Next<MyTraceProduct>() ?? inner.CreateProductAsync(product, cancellationToken);

        public Task<MyTraceAccount> CreateAccountAsync(MyTraceAccount account, CancellationToken cancellationToken = default) =>
            Next<MyTraceAccount>() ?? inner.CreateAccountAsync(account, cancellationToken);

        public Task<MyTraceSalesOrder> CreateSalesOrderAsync(MyTraceSalesOrder order, CancellationToken cancellationToken = default) =>
            Next<MyTraceSalesOrder>() ?? inner.CreateSalesOrderAsync(order, cancellationToken);

        private Task<T>? Next<T>() => ++_creates == failOnCreate ? throw new IOException("connection reset") : null;
    }
}
