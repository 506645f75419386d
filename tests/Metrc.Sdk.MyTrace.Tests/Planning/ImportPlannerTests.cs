namespace Metrc.Sdk.MyTrace.Tests.Planning;

public class ImportPlannerTests
{
    private static readonly PartnerSnapshot s_source = SeedData.Create();

    [Fact]
    public void A_first_import_plans_everything_as_new_in_dependency_order()
    {
        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source));

        Assert.True(plan.IsExecutable);
        Assert.Equal(12, plan.Categories.New.Count);
        Assert.Equal(300, plan.Products.New.Count);
        Assert.Equal(40, plan.Accounts.New.Count);
        Assert.Equal(60, plan.Orders.New.Count);
        Assert.Empty(plan.Products.Invalid.Concat(plan.Accounts.Invalid).Concat(plan.Orders.Invalid).Concat(plan.Categories.Invalid));
        Assert.Equal(
            [MyTraceEntityKind.Category, MyTraceEntityKind.Product, MyTraceEntityKind.Account, MyTraceEntityKind.SalesOrder],
            [plan.Categories.Kind, plan.Products.Kind, plan.Accounts.Kind, plan.Orders.Kind]);

        MyTraceProduct first = plan.Products.New[0].Record;
        Assert.Equal("Blue Dream Flower #1", first.Name);
        Assert.Equal("Flower", first.CategoryName);
        Assert.Equal("cnx-item-0001", first.ExternalId);
        Assert.Equal("GREEN LEAF DISPENSARY 1", MyTraceNames.Key(plan.Accounts.New[0].Record.Name));
        Assert.Equal("CO-402-1000", plan.Accounts.New[0].Record.LicenseNumber);
        Assert.All(plan.Orders.New, o => Assert.Equal(o.Record.Lines.Sum(l => l.LineTotal), o.Record.Total));
    }

    [Fact]
    public void Products_without_a_category_mapping_are_listed_and_block_execution()
    {
        MyTraceCategoryMapping mapping = MyTraceCategoryMapping.SameNames(s_source.Categories);
        mapping.Unmap("cnx-cat-003"); // Vape Cartridge

        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source) with { CategoryMapping = mapping });

        Assert.False(plan.IsExecutable);
        Assert.Equal(25, plan.ProductsMissingCategory.Count); // items 3, 15, 27 ... of 300
        Assert.All(plan.ProductsMissingCategory, p => Assert.Equal(MyTraceErrorCode.CategoryNotMapped, Assert.Single(p.Errors).Code));
        Assert.Contains("cnx-cat-003", plan.ProductsMissingCategory[0].Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(275, plan.Products.New.Count);

        // Orders that need one of those products wait for the mapping too, naming the product and line.
        MyTracePlanIssue waiting = Assert.IsType<MyTracePlanIssue>(plan.Orders.Invalid.FirstOrDefault());
        Assert.Contains(waiting.Errors, e => e.Code == MyTraceErrorCode.MissingDependency && e.LineNumber is not null && e.Message.Contains("no MyTrace category mapping", StringComparison.Ordinal));
    }

    [Fact]
    public void Products_can_be_mapped_to_a_category_MyTrace_already_has_but_not_to_one_that_does_not_exist()
    {
        var existing = new MyTraceSnapshot { Categories = [new MyTraceProductCategory { Id = "cat-9", Name = "Vapes" }] };
        MyTraceCategoryMapping mapping = MyTraceCategoryMapping.SameNames(s_source.Categories).Map("cnx-cat-003", "vapes").Map("cnx-cat-004", "Dabs");

        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source, existing) with { CategoryMapping = mapping });

        Assert.All(plan.Products.New.Where(p => p.Record.ExternalId is "cnx-item-0003"), p => Assert.Equal("vapes", p.Record.CategoryName));
        MyTracePlanIssue dabs = plan.Products.Invalid.First(i => i.SourceExternalId == "cnx-item-0004");
        Assert.Contains("'Dabs'", Assert.Single(dabs.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(MyTraceErrorCode.MissingDependency, dabs.Errors[0].Code);
    }

    [Fact]
    public void Existing_records_are_found_by_external_id_then_by_natural_key()
    {
        var existing = new MyTraceSnapshot
        {
            Categories = [new MyTraceProductCategory { Id = "cat-1", Name = "  flower " }],
            Products =
            [
                new MyTraceProduct { Id = "prd-1", ExternalId = "cnx-item-0002", Name = "Renamed", CategoryName = "Flower" },
                new MyTraceProduct { Id = "prd-2", Name = "Other", Sku = "sku-00003", CategoryName = "Flower" },
                new MyTraceProduct { Id = "prd-3", Name = "blue dream FLOWER #1", Brand = s_source.Items[0].Brand!.ToUpperInvariant(), CategoryName = "Flower" },
            ],
            Accounts = [new MyTraceAccount { Id = "acc-1", Name = "GREEN LEAF DISPENSARY 2", LicenseNumber = "co-402-1001" }],
            Orders = [new MyTraceSalesOrder { Id = "ord-1", OrderNumber = "so-20260001" }],
        };

        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source, existing));

        Assert.Equal(MyTraceMatch.NaturalKey, Assert.Single(plan.Categories.Existing).MatchedBy);
        Assert.Equal(
            [("cnx-item-0001", "prd-3", MyTraceMatch.NaturalKey), ("cnx-item-0002", "prd-1", MyTraceMatch.ExternalId), ("cnx-item-0003", "prd-2", MyTraceMatch.NaturalKey)],
            plan.Products.Existing.Select(e => (e.SourceExternalId, e.ExistingId!, e.MatchedBy)));
        Assert.Equal("acc-1", Assert.Single(plan.Accounts.Existing).ExistingId);
        Assert.Equal("cnx-so-0002", Assert.Single(plan.Orders.Existing).SourceExternalId);
        Assert.Equal(297, plan.Products.New.Count);

        // An order of the account matched by natural key references it by MyTrace id.
        MyTraceSalesOrder ofAccount2 = plan.Orders.New.First(o => o.Record.AccountExternalId == "cnx-acct-002").Record;
        Assert.Equal("acc-1", ofAccount2.AccountId);
    }

    [Fact]
    public void A_product_with_a_SKU_does_not_match_a_product_with_another_SKU_by_name()
    {
        PartnerCatalogItem item = s_source.Items[1];
        var existing = new MyTraceSnapshot { Products = [new MyTraceProduct { Id = "p", Name = item.Name, Brand = item.Brand, Sku = "DIFFERENT", CategoryName = "Flower" }] };

        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source, existing));

        Assert.Empty(plan.Products.Existing);
    }

    [Fact]
    public void Duplicates_and_records_without_external_ids_in_the_source_are_invalid()
    {
        PartnerSnapshot source = s_source with
        {
            Items = [.. s_source.Items, s_source.Items[5] with { ExternalId = "cnx-item-dup" }, s_source.Items[6] with { Name = "Renamed copy" }, s_source.Items[7] with { ExternalId = "" }],
            Accounts = [.. s_source.Accounts, s_source.Accounts[0] with { ExternalId = "cnx-acct-dup", Name = "green leaf   dispensary 1", LicenseNumber = "CO-402-1000" }],
        };

        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(source));

        Assert.Equal(
            [MyTraceErrorCode.DuplicateInSource, MyTraceErrorCode.DuplicateInSource, MyTraceErrorCode.MissingExternalId],
            plan.Products.Invalid.Select(i => Assert.Single(i.Errors).Code));
        Assert.Contains("cnx-item-0006", plan.Products.Invalid[0].Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("cnx-acct-dup", Assert.Single(plan.Accounts.Invalid).SourceExternalId);
        Assert.Equal(300, plan.Products.New.Count);
    }

    [Fact]
    public void Brand_country_and_state_filters_skip_records_and_say_why()
    {
        var filter = new MyTraceImportFilter { Brands = ["cloud nine", " DROPS "], Countries = ["us"], States = ["CO", "ca"] };

        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source, filter: filter));

        Assert.All(plan.Products.New, p => Assert.Contains(p.Record.Brand, new[] { "Cloud Nine", "Drops" }));
        Assert.Equal(300, plan.Products.New.Count + plan.Products.Skipped.Count);
        Assert.Contains("brand", plan.Products.Skipped[0].Errors[0].Message, StringComparison.Ordinal);
        Assert.All(plan.Accounts.New, a => Assert.Contains(a.Record.Address!.State, new[] { "CO", "CA" }));
        Assert.Equal(18, plan.Accounts.New.Count); // places 0, 1, 2 of 7, over 40 accounts
        Assert.Contains(plan.Accounts.Skipped, s => s.Errors[0].Message.Contains("country 'CA'", StringComparison.Ordinal)); // Vancouver, BC
        Assert.All(plan.Accounts.Skipped, s => Assert.Equal(MyTraceErrorCode.ExcludedByFilter, s.Errors[0].Code));

        // Orders of filtered-out accounts are skipped; orders needing a filtered-out product are invalid, naming it.
        Assert.NotEmpty(plan.Orders.Skipped);
        Assert.All(plan.Orders.Skipped, s => Assert.Contains("excluded", s.Errors[0].Message, StringComparison.Ordinal));
        Assert.Contains(plan.Orders.Invalid, i => i.Errors.Any(e => e.Code == MyTraceErrorCode.MissingDependency && e.Message.Contains("brand", StringComparison.Ordinal)));
        Assert.Equal(60, plan.Orders.Total);
    }

    [Fact]
    public void Orders_can_be_limited_to_selected_accounts()
    {
        var filter = new MyTraceImportFilter { OrderAccountExternalIds = ["cnx-acct-001", "cnx-acct-005"] };

        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(s_source, filter: filter));

        Assert.Equal(["cnx-acct-001", "cnx-acct-005"], plan.Orders.New.Select(o => o.Record.AccountExternalId).Distinct().Order());
        Assert.Equal(4, plan.Orders.New.Count); // orders 1, 5, 41, 45
        Assert.Equal(56, plan.Orders.Skipped.Count);
        Assert.Equal(40, plan.Accounts.New.Count);
    }

    [Fact]
    public void An_order_whose_account_or_product_is_missing_is_invalid_and_names_it()
    {
        PartnerSalesOrder order = s_source.Orders[0];
        PartnerSnapshot source = s_source with
        {
            Orders =
            [
                order with { AccountExternalId = "cnx-acct-404" },
                order with { ExternalId = "o2", OrderNumber = "SO-X2", Lines = [.. order.Lines, new PartnerOrderLine { ItemExternalId = "cnx-item-9999", Quantity = 1m, UnitPrice = 1m }] },
                order with { ExternalId = "o3", OrderNumber = "SO-X3", AccountExternalId = null },
                order with { ExternalId = "o4", OrderNumber = "SO-X4", Lines = [new PartnerOrderLine { ItemExternalId = "cnx-item-0001", Quantity = -2m, UnitPrice = 1m }] },
            ],
            Accounts = [.. s_source.Accounts, new PartnerAccount { ExternalId = "cnx-acct-bad", Name = " " }],
        };

        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(SeedData.Request(source));

        Assert.Empty(plan.Orders.New);
        Assert.Contains("'cnx-acct-404'", Assert.Single(plan.Orders.Invalid[0].Errors).Message, StringComparison.Ordinal);
        MyTraceError line = Assert.Single(plan.Orders.Invalid[1].Errors);
        Assert.Equal((MyTraceErrorCode.MissingDependency, order.Lines.Count + 1), (line.Code, line.LineNumber));
        Assert.Contains("'cnx-item-9999'", line.Message, StringComparison.Ordinal);
        Assert.Equal(MyTraceErrorCode.MissingAccountExternalId, Assert.Single(plan.Orders.Invalid[2].Errors).Code);
        Assert.Equal((MyTraceErrorCode.QuantityNotPositive, 1), (Assert.Single(plan.Orders.Invalid[3].Errors).Code, plan.Orders.Invalid[3].Errors[0].LineNumber));
        Assert.Equal(MyTraceErrorCode.Required, Assert.Single(Assert.Single(plan.Accounts.Invalid).Errors).Code);
    }

    [Fact]
    public void An_order_may_use_accounts_and_products_that_are_only_in_MyTrace()
    {
        PartnerSalesOrder order = s_source.Orders[0] with { Lines = [new PartnerOrderLine { ItemExternalId = "mt-only-item", Quantity = 1m, UnitPrice = 2m }] };
        var existing = new MyTraceSnapshot
        {
            Products = [new MyTraceProduct { Id = "prd-7", ExternalId = "mt-only-item", Name = "Legacy", CategoryName = "Flower" }],
            Accounts = [new MyTraceAccount { Id = "acc-7", ExternalId = order.AccountExternalId, Name = "Legacy account" }],
        };

        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(new MyTraceImportRequest { Source = new PartnerSnapshot { Orders = [order] }, Existing = existing, TimeZone = SeedData.Denver });

        MyTraceSalesOrder planned = Assert.Single(plan.Orders.New).Record;
        Assert.Equal("acc-7", planned.AccountId);
        Assert.Equal(("prd-7", "Legacy"), (planned.Lines[0].ProductId, planned.Lines[0].ProductName));
    }

    [Fact]
    public void Null_inputs_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => MyTraceImportPlanner.Plan(null!));
        Assert.Throws<ArgumentNullException>(() => MyTraceImportPlanner.Plan(new MyTraceImportRequest { Source = null!, TimeZone = SeedData.Denver }));
        Assert.Throws<ArgumentNullException>(() => MyTraceImportPlanner.Plan(new MyTraceImportRequest { Source = s_source, TimeZone = null! }));
        MyTraceImportPlan plan = MyTraceImportPlanner.Plan(new MyTraceImportRequest
        {
            Source = new PartnerSnapshot { Items = [null!], Categories = null!, Orders = [null!] },
            Existing = null!,
            Filter = null!,
            CategoryMapping = null!,
            TimeZone = SeedData.Denver,
        });
        Assert.Equal(0, plan.NewCount);
    }
}
