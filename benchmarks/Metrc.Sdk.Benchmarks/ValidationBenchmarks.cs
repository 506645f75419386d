using System.Globalization;
using BenchmarkDotNet.Attributes;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Benchmarks;

/// <summary>
/// Client-side validation of a 10,000-row write, the cost every write now pays before it is sent: package creation
/// rows (tag format and uniqueness, quantities, units, dates, ingredients) without and with a lifecycle snapshot of
/// 20,000 tags and 10,000 packages, and sales receipts with a snapshot. Goal: well under the time one request to
/// Metrc takes (~100 ms), i.e. a few milliseconds for 10,000 rows.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private const string License = "CO-LIC-0001";

    private readonly MetrcValidator _validator = new(null, new FixedTime(new DateTimeOffset(2026, 6, 1, 15, 0, 0, TimeSpan.Zero)));
    private List<CreatePackageRequest> _packages = null!;
    private List<CreateSalesReceiptRequest> _sales = null!;
    private MetrcValidationContext _stateless = null!;
    private MetrcValidationContext _withSnapshot = null!;

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var today = new LocalDate(2026, 6, 1);
        _packages = [.. Enumerable.Range(0, Rows).Select(i => new CreatePackageRequest
        {
            Tag = Tag(i), Item = "Buds", Quantity = 3.5m, UnitOfMeasure = "Grams", ActualDate = today,
            Ingredients = [new PackageIngredient { Package = Tag(Rows + (i % 1_000)), Quantity = 3.5m, UnitOfMeasure = "Grams" }],
        })];
        _sales = [.. Enumerable.Range(0, Rows).Select(i => new CreateSalesReceiptRequest
        {
            SalesDateTime = new OffsetDateTime(new LocalDateTime(2026, 6, 1, 8, 0), Offset.FromHours(-6)),
            SalesCustomerType = "Consumer",
            ExternalReceiptNumber = "R-" + i.ToString(CultureInfo.InvariantCulture),
            Transactions = [new CreateSalesTransaction { PackageLabel = Tag(Rows + (i % 1_000)), Quantity = 1, UnitOfMeasure = "Grams", TotalAmount = 20 }],
        })];

        var tags = new Dictionary<string, MetrcTagInfo>(StringComparer.Ordinal);
        var packages = new Dictionary<string, MetrcPackageInfo>(StringComparer.Ordinal);
        for (int i = 0; i < 2 * Rows; i++)
        {
            tags[Tag(i)] = new MetrcTagInfo(MetrcTagKind.Package, License, Used: i >= Rows);
            if (i >= Rows)
            {
                packages[Tag(i)] = new MetrcPackageInfo(PackageStatus.Active) { Quantity = 1_000_000, UnitOfMeasure = "Grams", LabTestingState = LabTestingState.TestPassed };
            }
        }

        _stateless = new MetrcValidationContext { State = MetrcState.Co, LicenseNumber = License };
        _withSnapshot = _stateless with
        {
            Snapshot = new MetrcLifecycleSnapshot
            {
                LicenseNumber = License,
                Tags = tags,
                Packages = packages,
                Items = new Dictionary<string, QuantityKind>(StringComparer.OrdinalIgnoreCase) { ["Buds"] = QuantityKind.Weight },
            },
        };
    }

    [Benchmark(Baseline = true)]
    public int PackagesStateless() => Check(_validator.Validate(_packages, _stateless));

    [Benchmark]
    public int PackagesWithSnapshot() => Check(_validator.Validate(_packages, _withSnapshot));

    [Benchmark]
    public int SalesWithSnapshot() => Check(_validator.Validate(_sales, _withSnapshot));

    private static string Tag(int i) => "1A4FF0100000" + i.ToString("D12", CultureInfo.InvariantCulture);

    private static int Check(MetrcValidationResult result) =>
        result.IsValid ? result.RowCount : throw new InvalidOperationException("Benchmark rows must be valid: " + result.Issues[0]);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
