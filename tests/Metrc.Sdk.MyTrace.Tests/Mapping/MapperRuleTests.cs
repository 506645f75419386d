using NodaTime;

namespace Metrc.Sdk.MyTrace.Tests.Mapping;

public class MapperRuleTests
{
    private readonly MyTraceMapper _mapper = new(SeedData.Denver);

    [Theory]
    [InlineData("  Blue   Dream\t Flower ", "Blue Dream Flower")]
    [InlineData("Blue\u00A0Dream", "Blue Dream")]
    [InlineData("Cafe\u0301", "Caf\u00E9")]
    [InlineData(null, "")]
    public void Names_are_trimmed_collapsed_and_composed(string? input, string expected) => Assert.Equal(expected, MyTraceNames.Normalize(input));

    [Fact]
    public void Licence_numbers_lose_spaces_and_gain_upper_case() => Assert.Equal("CO-402-1000", MyTraceNames.LicenseNumber(" co-402 -1000 "));

    [Theory]
    [InlineData("Grams", MyTraceUnit.Gram)]
    [InlineData(" g ", MyTraceUnit.Gram)]
    [InlineData("ea", MyTraceUnit.Each)]
    [InlineData("ML", MyTraceUnit.Milliliter)]
    [InlineData("fl  oz", MyTraceUnit.FluidOunce)]
    [InlineData("lbs.", MyTraceUnit.Pound)]
    public void Units_are_read_in_any_spelling(string text, MyTraceUnit expected)
    {
        Assert.True(MyTraceUnits.TryParse(text, out MyTraceUnit unit));
        Assert.Equal(expected, unit);
    }

    [Theory]
    [InlineData(2.345, 2.35)]
    [InlineData(2.344, 2.34)]
    [InlineData(-2.345, -2.35)]
    [InlineData(0.005, 0.01)]
    public void Money_is_rounded_to_cents_half_away_from_zero(double amount, double expected) =>
        Assert.Equal((decimal)expected, MyTraceMoney.RoundToCents((decimal)amount));

    [Fact]
    public void A_catalog_item_becomes_a_product_in_the_mapped_category()
    {
        MyTraceProduct product = _mapper.ToMyTrace(
            new PartnerCatalogItem { ExternalId = "cnx-1", Name = " OG  Kush 3.5g ", Sku = " SKU-1 ", Brand = " Emerald ", UnitOfMeasure = "g", UnitPrice = 12.345m, IsActive = false },
            "Flower");

        Assert.Equal("cnx-1", product.ExternalId);
        Assert.Equal("OG Kush 3.5g", product.Name);
        Assert.Equal("SKU-1", product.Sku);
        Assert.Equal("Emerald", product.Brand);
        Assert.Equal("Flower", product.CategoryName);
        Assert.Equal(MyTraceUnit.Gram, product.Unit);
        Assert.Equal(12.35m, product.UnitPrice);
        Assert.Equal(MyTraceVisibility.Hidden, product.Visibility);
        Assert.Null(product.Id);
    }

    [Fact]
    public void An_item_with_an_unknown_unit_and_a_negative_price_is_rejected_with_both_errors()
    {
        var ex = Assert.Throws<MyTraceValidationException>(() => _mapper.ToMyTrace(
            new PartnerCatalogItem { ExternalId = "cnx-1", Name = "X", UnitOfMeasure = "bushel", UnitPrice = -1m }, "Flower"));

        Assert.Equal([MyTraceErrorCode.UnknownUnit, MyTraceErrorCode.NegativePrice], ex.Errors.Select(e => e.Code));
        Assert.Equal("item", ex.ParamName);
    }

    [Fact]
    public void An_account_gets_its_status_from_activity_and_payments()
    {
        var source = new PartnerAccount
        {
            ExternalId = "a-1",
            Name = "Green  Leaf",
            LicenseNumber = "co-1",
            Address = new PostalAddress { Street1 = " 1  Main St ", State = "co", Country = "us" },
        };

        MyTraceAccount current = _mapper.ToMyTrace(source);
        Assert.Equal(MyTraceAccountStatuses.ActiveCurrentPayments, current.Status);
        Assert.Equal("Active – Current payments", current.Status);
        Assert.Equal("CO-1", current.LicenseNumber);
        Assert.Equal(new PostalAddress { Street1 = "1 Main St", State = "CO", Country = "US" }, current.Address);
        Assert.Equal(MyTraceAccountStatuses.ActivePastDue, _mapper.ToMyTrace(source with { HasPastDuePayments = true }).Status);
        Assert.Equal(MyTraceAccountStatuses.Inactive, _mapper.ToMyTrace(source with { IsActive = false }).Status);
        Assert.True(_mapper.ToPartner(current with { Status = MyTraceAccountStatuses.ActivePastDue }).HasPastDuePayments);
    }

    [Fact]
    public void An_order_date_is_the_day_in_the_licensee_time_zone()
    {
        // 2026-03-02 05:30 UTC is still 1 March in Denver (UTC-7).
        var source = new PartnerSalesOrder
        {
            ExternalId = "so-1",
            OrderNumber = "SO-1",
            AccountExternalId = "a-1",
            OrderedAt = Instant.FromUtc(2026, 3, 2, 5, 30),
            Status = " Shipped ",
            AmountPaid = 10m,
            Lines = [new PartnerOrderLine { ItemExternalId = "i-1", Quantity = 3m, UnitPrice = 1.115m }, new PartnerOrderLine { ItemExternalId = "i-2", Quantity = 1m, UnitPrice = 9m, LineTotal = 8.5m }],
        };

        MyTraceSalesOrder order = _mapper.ToMyTrace(source);

        Assert.Equal(new LocalDate(2026, 3, 1), order.OrderDate);
        Assert.Equal(new LocalDate(2026, 3, 2), new MyTraceMapper(DateTimeZone.Utc).ToMyTrace(source).OrderDate);
        Assert.Equal(MyTraceOrderStatus.Shipped, order.Status);
        Assert.Equal([3.35m, 8.5m], order.Lines.Select(l => l.LineTotal)); // 3 × 1.115 = 3.345 → 3.35; a stated total wins
        Assert.Equal(1.12m, order.Lines[0].UnitPrice);
        Assert.Equal(11.85m, order.Total);
        Assert.Equal(1.85m, order.Balance);
        Assert.Equal([1, 2], order.Lines.Select(l => l.LineNumber));
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 7, 0), _mapper.ToPartner(order).OrderedAt);
    }

    [Fact]
    public void Order_problems_are_reported_with_line_numbers()
    {
        var source = new PartnerSalesOrder
        {
            ExternalId = "so-1",
            OrderNumber = "SO-1",
            AccountExternalId = null,
            Status = "lost in space",
            Lines = [new PartnerOrderLine { ItemExternalId = "i-1", Quantity = 0m, UnitPrice = 1m }, new PartnerOrderLine { ItemExternalId = null, Quantity = 1m, UnitPrice = -1m }],
        };

        var ex = Assert.Throws<MyTraceValidationException>(() => _mapper.ToMyTrace(source));

        Assert.Contains(ex.Errors, e => e.Code == MyTraceErrorCode.MissingAccountExternalId);
        Assert.Contains(ex.Errors, e => e.Code == MyTraceErrorCode.UnknownStatus);
        Assert.Contains(ex.Errors, e => e is { Code: MyTraceErrorCode.QuantityNotPositive, LineNumber: 1 });
        Assert.Contains(ex.Errors, e => e is { Code: MyTraceErrorCode.UnmappedLine, LineNumber: 2 });
        Assert.Contains(ex.Errors, e => e is { Code: MyTraceErrorCode.NegativePrice, LineNumber: 2 });
        Assert.Contains("Line 2:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_without_external_ids_cannot_go_back_to_the_partner()
    {
        Assert.Contains(Assert.Throws<MyTraceValidationException>(() => _mapper.ToPartner(new MyTraceProductCategory { Name = "Flower" })).Errors,
            e => e.Code == MyTraceErrorCode.MissingExternalId);
        Assert.Contains(Assert.Throws<MyTraceValidationException>(() => _mapper.ToPartner(new MyTraceAccount { Name = "A" })).Errors,
            e => e.Code == MyTraceErrorCode.MissingAccountExternalId);
        Assert.Throws<MyTraceValidationException>(() => _mapper.ToMyTrace(new PartnerItemCategory { ExternalId = " ", Name = "Flower" }));
        Assert.Throws<ArgumentNullException>(() => _mapper.ToMyTrace((PartnerAccount)null!));
        Assert.Throws<ArgumentNullException>(() => new MyTraceMapper(null!));
    }
}
