using NodaTime;

namespace Metrc.Sdk.MyTrace.Tests.PushBack;

public class PushBackTests
{
    private static readonly MyTraceAccount s_account = new() { Id = "acc-1", ExternalId = "cnx-acct-001", Name = "Green Leaf Dispensary 1", LicenseNumber = "CO-402-1000" };

    private static readonly MyTraceSalesOrder s_order = new()
    {
        Id = "ord-1",
        ExternalId = "cnx-so-0001",
        OrderNumber = "SO-1",
        AccountId = "acc-1",
        AccountExternalId = "cnx-acct-001",
        OrderDate = new LocalDate(2026, 6, 1),
        Status = MyTraceOrderStatus.Accepted,
        Lines =
        [
            new MyTraceOrderLine { LineNumber = 1, ProductId = "prd-1", ProductExternalId = "cnx-item-0001", ProductName = "Blue Dream Flower", Quantity = 10m, UnitPrice = 4.5m, LineTotal = 45m },
            new MyTraceOrderLine { LineNumber = 2, ProductId = "prd-2", ProductExternalId = "cnx-item-0002", ProductName = "OG Kush Pre-Roll", Quantity = 3m, UnitPrice = 2.335m, LineTotal = 7.01m },
        ],
        Total = 52.01m,
        Balance = 52.01m,
    };

    private static readonly MyTracePushBackOptions s_options = new()
    {
        PaymentTerms = " Net  30 ",
        ShipDate = new LocalDate(2026, 6, 3),
        PaymentDueDate = new LocalDate(2026, 7, 3),
        FacilityLicenseNumber = "co-403-00123",
    };

    [Fact]
    public void An_edited_order_becomes_a_create_order_request_with_recomputed_totals()
    {
        // The user edits line 2 in MyTrace (quantity 3 → 5) and adds a MyTrace-only product that the user mapped to a partner item.
        MyTraceSalesOrder edited = s_order with
        {
            Lines =
            [
                s_order.Lines[0],
                s_order.Lines[1] with { Quantity = 5m },
                new MyTraceOrderLine { LineNumber = 3, ProductId = "prd-99", ProductName = "House Tincture", Quantity = 2m, UnitPrice = 19.99m },
            ],
        };

        MyTracePushBackResult result = MyTracePushBack.CreateOrderRequest(edited, s_account, s_options with
        {
            ItemMapping = new Dictionary<string, string> { ["prd-99"] = "cnx-item-0250" },
        });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        PartnerCreateOrderRequest request = result.EnsureSuccess();
        Assert.Equal("cnx-acct-001", request.AccountExternalId);
        Assert.Equal("Green Leaf Dispensary 1", request.AccountName);
        Assert.Equal("cnx-so-0001", request.ExternalId);
        Assert.Equal("SO-1", request.OrderNumber);
        Assert.Equal("Net 30", request.PaymentTerms);
        Assert.Equal(new LocalDate(2026, 6, 3), request.ShipDate);
        Assert.Equal(new LocalDate(2026, 7, 3), request.PaymentDueDate);
        Assert.Equal("CO-403-00123", request.FacilityLicenseNumber);
        Assert.Equal(
            [(1, "cnx-item-0001", 10m, 4.5m, 45m), (2, "cnx-item-0002", 5m, 2.34m, 11.70m), (3, "cnx-item-0250", 2m, 19.99m, 39.98m)],
            request.Lines.Select(l => (l.LineNumber, l.ItemExternalId, l.Quantity, l.UnitPrice, l.LineTotal)));
        Assert.Equal(96.68m, request.Total);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_line_number_and_no_request_is_made()
    {
        MyTraceSalesOrder bad = s_order with
        {
            Lines =
            [
                s_order.Lines[0] with { Quantity = -1m },
                s_order.Lines[1] with { UnitPrice = -0.01m },
                new MyTraceOrderLine { LineNumber = 3, ProductId = "prd-77", ProductName = "Unmapped Gummies", Quantity = 0m, UnitPrice = 1m },
            ],
        };

        MyTracePushBackResult result = MyTracePushBack.CreateOrderRequest(bad, s_account, s_options with { PaymentDueDate = s_options.ShipDate.PlusDays(-1) });

        Assert.False(result.Succeeded);
        Assert.Null(result.Request);
        Assert.Contains(result.Errors, e => e is { Code: MyTraceErrorCode.QuantityNotPositive, LineNumber: 1 });
        Assert.Contains(result.Errors, e => e is { Code: MyTraceErrorCode.NegativePrice, LineNumber: 2 });
        Assert.Contains(result.Errors, e => e is { Code: MyTraceErrorCode.UnmappedLine, LineNumber: 3 } && e.Message.Contains("Unmapped Gummies", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e is { Code: MyTraceErrorCode.QuantityNotPositive, LineNumber: 3 });
        Assert.Contains(result.Errors, e => e is { Code: MyTraceErrorCode.PaymentDueBeforeShipDate, LineNumber: null });
        var ex = Assert.Throws<MyTraceValidationException>(() => result.EnsureSuccess());
        Assert.Equal(result.Errors, ex.Errors);
    }

    [Fact]
    public void An_account_without_external_id_cannot_be_pushed_back()
    {
        MyTracePushBackResult result = MyTracePushBack.CreateOrderRequest(s_order, s_account with { ExternalId = null }, s_options);

        Assert.Equal(MyTraceErrorCode.MissingAccountExternalId, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void The_order_must_belong_to_the_given_account()
    {
        MyTracePushBackResult result = MyTracePushBack.CreateOrderRequest(s_order, s_account with { ExternalId = "cnx-acct-999" }, s_options);

        Assert.Equal(MyTraceErrorCode.AccountMismatch, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Terms_facility_and_lines_are_required()
    {
        MyTracePushBackResult result = MyTracePushBack.CreateOrderRequest(s_order with { Lines = [] }, s_account, s_options with { PaymentTerms = "", FacilityLicenseNumber = " " });

        Assert.Equal([MyTraceErrorCode.Required, MyTraceErrorCode.Required, MyTraceErrorCode.NoLines], result.Errors.Select(e => e.Code));
        Assert.Equal(["PaymentTerms", "FacilityLicenseNumber", "Lines"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Payment_due_on_the_ship_date_is_allowed()
    {
        Assert.True(MyTracePushBack.CreateOrderRequest(s_order, s_account, s_options with { PaymentDueDate = s_options.ShipDate, PaymentTerms = "COD" }).Succeeded);
    }

    [Fact]
    public void Null_arguments_and_null_lines_never_cause_a_null_reference()
    {
        Assert.Throws<ArgumentNullException>(() => MyTracePushBack.CreateOrderRequest(null!, s_account, s_options));
        Assert.Throws<ArgumentNullException>(() => MyTracePushBack.CreateOrderRequest(s_order, null!, s_options));
        Assert.Throws<ArgumentNullException>(() => MyTracePushBack.CreateOrderRequest(s_order, s_account, null!));
        MyTracePushBackResult result = MyTracePushBack.CreateOrderRequest(s_order with { Lines = [s_order.Lines[0], null!] }, s_account, s_options with { ItemMapping = null! });
        Assert.Contains(result.Errors, e => e is { Code: MyTraceErrorCode.Required, LineNumber: 2 });
    }
}
