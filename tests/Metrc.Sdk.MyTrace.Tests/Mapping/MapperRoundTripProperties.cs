using CsCheck;
using NodaTime;

namespace Metrc.Sdk.MyTrace.Tests.Mapping;

/// <summary>Property tests: mapping there and back keeps ids, quantities and totals.</summary>
public class MapperRoundTripProperties
{
    private static readonly string[] s_zones = ["America/Denver", "America/Los_Angeles", "America/Detroit", "Pacific/Honolulu", "UTC", "Asia/Kolkata"];

    private static readonly Gen<DateTimeZone> s_zone = Gen.OneOfConst(s_zones).Select(id => DateTimeZoneProviders.Tzdb[id]);

    // Quantities with up to three decimals (0.001 .. 500), prices in cents (0 .. 999.99).
    private static readonly Gen<decimal> s_quantity = Gen.Int[1, 500_000].Select(i => i / 1000m);
    private static readonly Gen<decimal> s_cents = Gen.Int[0, 99_999].Select(i => i / 100m);
    private static readonly Gen<string> s_id = Gen.Int[1, 1_000_000].Select(i => "ext-" + i);

    private static readonly Gen<MyTraceOrderLine> s_line = Gen.Select(s_id, s_quantity, s_cents, (item, q, p) =>
        new MyTraceOrderLine { ProductExternalId = item, Quantity = q, UnitPrice = p, LineTotal = MyTraceMoney.LineTotal(q, p) });

    private static readonly Gen<MyTraceSalesOrder> s_order = Gen.Select(
        s_id, s_id, Gen.Int[0, 20_000].Select(d => new LocalDate(2020, 1, 1).PlusDays(d)), Gen.Enum<MyTraceOrderStatus>(), s_line.Array[1, 8], Gen.Double[0, 1],
        (id, account, date, status, lines, paidShare) =>
        {
            MyTraceOrderLine[] numbered = lines.Select((l, i) => l with { LineNumber = i + 1 }).ToArray();
            decimal total = numbered.Sum(l => l.LineTotal);
            decimal paid = MyTraceMoney.RoundToCents(total * (decimal)paidShare);
            return new MyTraceSalesOrder
            {
                ExternalId = id,
                OrderNumber = "SO-" + id,
                AccountExternalId = account,
                OrderDate = date,
                Status = status,
                Total = total,
                Balance = total - paid,
                Lines = numbered,
            };
        });

    private static readonly Gen<PartnerSalesOrder> s_partnerOrder = Gen.Select(
        s_id, s_id, Gen.Long[0, 2_000_000_000L].Select(Instant.FromUnixTimeSeconds), Gen.OneOfConst("open", "Accepted", "SHIPPED", "delivered", "cancelled", "draft"),
        Gen.Select(s_id, s_quantity, Gen.Int[0, 999_999].Select(i => i / 1000m), (item, q, p) => new PartnerOrderLine { ItemExternalId = item, Quantity = q, UnitPrice = p }).Array[1, 8],
        s_cents,
        (id, account, at, status, lines, paid) => new PartnerSalesOrder
        {
            ExternalId = id,
            OrderNumber = "SO-" + id,
            AccountExternalId = account,
            OrderedAt = at,
            Status = status,
            AmountPaid = paid,
            Lines = lines,
        });

    [Fact]
    public void A_MyTrace_order_survives_partner_and_back() =>
        Gen.Select(s_order, s_zone).Sample((order, zone) =>
        {
            var mapper = new MyTraceMapper(zone);
            MyTraceSalesOrder back = mapper.ToMyTrace(mapper.ToPartner(order));

            Assert.Equal(order.ExternalId, back.ExternalId);
            Assert.Equal(order.AccountExternalId, back.AccountExternalId);
            Assert.Equal(order.OrderNumber, back.OrderNumber);
            Assert.Equal(order.OrderDate, back.OrderDate);
            Assert.Equal(order.Status, back.Status);
            Assert.Equal(order.Total, back.Total);
            Assert.Equal(order.Balance, back.Balance);
            Assert.Equal(order.Lines.Select(l => (l.LineNumber, l.ProductExternalId, l.Quantity, l.UnitPrice, l.LineTotal)),
                back.Lines.Select(l => (l.LineNumber, l.ProductExternalId, l.Quantity, l.UnitPrice, l.LineTotal)));
        });

    [Fact]
    public void A_partner_order_survives_MyTrace_and_back() =>
        Gen.Select(s_partnerOrder, s_zone).Sample((order, zone) =>
        {
            var mapper = new MyTraceMapper(zone);
            MyTraceSalesOrder mytrace = mapper.ToMyTrace(order);
            PartnerSalesOrder back = mapper.ToPartner(mytrace);

            Assert.Equal(order.ExternalId, back.ExternalId);
            Assert.Equal(order.AccountExternalId, back.AccountExternalId);
            Assert.Equal(order.Lines.Select(l => (l.ItemExternalId, l.Quantity)), back.Lines.Select(l => (l.ItemExternalId, l.Quantity)));
            decimal expectedTotal = order.Lines.Sum(l => MyTraceMoney.LineTotal(l.Quantity, l.UnitPrice));
            Assert.Equal(expectedTotal, mytrace.Total);
            Assert.Equal(expectedTotal, back.Lines.Sum(l => l.LineTotal!.Value));
            Assert.Equal(order.AmountPaid, back.AmountPaid);
            Assert.Equal(mytrace.OrderDate, order.OrderedAt.InZone(zone).Date);
            MyTraceSalesOrder again = mapper.ToMyTrace(back); // a second pass changes nothing
            Assert.Equal(mytrace with { Lines = [] }, again with { Lines = [] });
            Assert.Equal(mytrace.Lines, again.Lines);
        });

    [Fact]
    public void Products_accounts_and_categories_survive_the_round_trip() =>
        Gen.Select(s_id, Gen.String.AlphaNumeric, Gen.OneOfConst("g", "Grams", "ea", "Each", "ml", "oz", "lb", "kg"), s_cents, Gen.Bool, Gen.Bool)
            .Sample((id, name, unit, price, active, pastDue) =>
            {
                var mapper = new MyTraceMapper(DateTimeZone.Utc);
                var item = new PartnerCatalogItem { ExternalId = id, Name = "Item " + name, Sku = "S" + id, UnitOfMeasure = unit, UnitPrice = price, IsActive = active, CategoryExternalId = "c-" + id };
                MyTraceProduct product = mapper.ToMyTrace(item, "Flower");
                PartnerCatalogItem itemBack = mapper.ToPartner(product, item.CategoryExternalId);
                Assert.Equal((item.ExternalId, item.Sku, item.UnitPrice, item.IsActive, item.CategoryExternalId), (itemBack.ExternalId, itemBack.Sku, itemBack.UnitPrice, itemBack.IsActive, itemBack.CategoryExternalId));
                Assert.Equal(product, mapper.ToMyTrace(itemBack, "Flower"));

                var account = new PartnerAccount { ExternalId = id, Name = "Shop " + name, LicenseNumber = "L-" + id, IsActive = active, HasPastDuePayments = pastDue && active };
                PartnerAccount accountBack = mapper.ToPartner(mapper.ToMyTrace(account));
                Assert.Equal((account.ExternalId, "L-" + id.ToUpperInvariant(), account.IsActive, account.HasPastDuePayments), (accountBack.ExternalId, accountBack.LicenseNumber, accountBack.IsActive, accountBack.HasPastDuePayments));

                var category = new PartnerItemCategory { ExternalId = id, Name = "Cat " + name };
                Assert.Equal(category with { Name = MyTraceNames.Normalize(category.Name) }, mapper.ToPartner(mapper.ToMyTrace(category)));
            });

    [Fact]
    public void Push_back_keeps_quantities_and_the_total() =>
        s_order.Sample(order =>
        {
            var options = new MyTracePushBackOptions { PaymentTerms = "Net 30", ShipDate = order.OrderDate, PaymentDueDate = order.OrderDate.PlusDays(30), FacilityLicenseNumber = "CO-1" };
            PartnerCreateOrderRequest request = MyTracePushBack.CreateOrderRequest(order, new MyTraceAccount { Name = "A", ExternalId = order.AccountExternalId }, options).EnsureSuccess();

            Assert.Equal(order.Lines.Select(l => (l.ProductExternalId, l.Quantity, l.LineTotal)), request.Lines.Select(l => ((string?)l.ItemExternalId, l.Quantity, l.LineTotal)));
            Assert.Equal(order.Total, request.Total);
        });
}
