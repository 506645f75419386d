using System.Globalization;
using NodaTime;

namespace Metrc.Sdk.MyTrace.Tests;

/// <summary>A deterministic, realistic partner (Canix-like) data set: hundreds of items, dozens of accounts and orders.</summary>
internal static class SeedData
{
    public static readonly DateTimeZone Denver = DateTimeZoneProviders.Tzdb["America/Denver"];

    public static readonly string[] Brands = ["Emerald Fields", "Cloud Nine", "Drops", "High Plains", "Rocky Gold", "Sunset Farms", "Alpine Labs", "Mesa Verde"];

    private static readonly (string Name, string Unit)[] s_categories =
    [
        ("Flower", "Grams"), ("Pre-Roll", "Each"), ("Vape Cartridge", "Each"), ("Concentrate", "g"), ("Edible", "ea"), ("Tincture", "ml"),
        ("Topical", "Each"), ("Shake/Trim", "Grams"), ("Capsule", "Each"), ("Beverage", "Milliliters"), ("Seeds", "Each"), ("Clones", "Each"),
    ];

    private static readonly string[] s_strains = ["Blue Dream", "OG Kush", "Sour Diesel", "Gelato", "Wedding Cake", "Gorilla Glue", "Durban Poison", "Jack Herer", "Pineapple Express", "GSC"];

    private static readonly (string State, string Country, string City)[] s_places =
    [
        ("CO", "US", "Denver"), ("CO", "US", "Boulder"), ("CA", "US", "Oakland"), ("OR", "US", "Portland"), ("WA", "US", "Spokane"), ("MI", "US", "Detroit"), ("BC", "CA", "Vancouver"),
    ];

    public static PartnerSnapshot Create(int items = 300, int accounts = 40, int orders = 60, int seed = 7)
    {
        var random = new Random(seed);
        var categories = s_categories.Select((c, i) => new PartnerItemCategory { ExternalId = $"cnx-cat-{i + 1:D3}", Name = c.Name }).ToList();

        var catalog = new List<PartnerCatalogItem>(items);
        for (int i = 0; i < items; i++)
        {
            int c = i % s_categories.Length;
            string brand = Brands[random.Next(Brands.Length)];
            string strain = s_strains[(i / s_categories.Length) % s_strains.Length];
            catalog.Add(new PartnerCatalogItem
            {
                ExternalId = $"cnx-item-{i + 1:D4}",
                Name = $"{strain}  {s_categories[c].Name} #{i + 1}",
                Sku = i % 3 == 0 ? null : $"SKU-{i + 1:D5}",
                CategoryExternalId = categories[c].ExternalId,
                Brand = brand,
                UnitOfMeasure = s_categories[c].Unit,
                UnitPrice = Math.Round((decimal)random.NextDouble() * 80m + 1m, 3),
                IsActive = i % 17 != 0,
            });
        }

        var accountList = new List<PartnerAccount>(accounts);
        for (int i = 0; i < accounts; i++)
        {
            (string state, string country, string city) = s_places[i % s_places.Length];
            accountList.Add(new PartnerAccount
            {
                ExternalId = $"cnx-acct-{i + 1:D3}",
                Name = $" Green Leaf Dispensary {i + 1} ",
                LicenseNumber = $"{state.ToLowerInvariant()}-402-{1000 + i}",
                Address = new PostalAddress { Street1 = $"{100 + i} Main St", City = city, State = state.ToLowerInvariant(), PostalCode = $"8{i:D4}", Country = country },
                HasPastDuePayments = i % 9 == 4,
                IsActive = i % 13 != 12,
            });
        }

        var orderList = new List<PartnerSalesOrder>(orders);
        Instant start = Instant.FromUtc(2026, 3, 1, 17, 0);
        for (int i = 0; i < orders; i++)
        {
            int lineCount = 1 + random.Next(6);
            var lines = new List<PartnerOrderLine>(lineCount);
            for (int l = 0; l < lineCount; l++)
            {
                PartnerCatalogItem item = catalog[random.Next(catalog.Count)];
                lines.Add(new PartnerOrderLine { ItemExternalId = item.ExternalId, Quantity = 1 + random.Next(50), UnitPrice = item.UnitPrice ?? 5m });
            }

            decimal total = lines.Sum(l => MyTraceMoney.LineTotal(l.Quantity, l.UnitPrice));
            orderList.Add(new PartnerSalesOrder
            {
                ExternalId = $"cnx-so-{i + 1:D4}",
                OrderNumber = string.Create(CultureInfo.InvariantCulture, $"SO-{2026_0000 + i}"),
                AccountExternalId = accountList[i % accounts].ExternalId,
                OrderedAt = start.Plus(Duration.FromHours(7 * i)),
                Status = (i % 4) switch { 0 => "open", 1 => "Accepted", 2 => "shipped", _ => "Delivered" },
                AmountPaid = i % 4 == 3 ? total : 0m,
                Lines = lines,
            });
        }

        return new PartnerSnapshot { Categories = categories, Items = catalog, Accounts = accountList, Orders = orderList };
    }

    public static MyTraceImportRequest Request(PartnerSnapshot source, MyTraceSnapshot? existing = null, MyTraceImportFilter? filter = null) => new()
    {
        Source = source,
        Existing = existing ?? MyTraceSnapshot.Empty,
        Filter = filter ?? new MyTraceImportFilter(),
        CategoryMapping = MyTraceCategoryMapping.SameNames(source.Categories),
        TimeZone = Denver,
    };
}
