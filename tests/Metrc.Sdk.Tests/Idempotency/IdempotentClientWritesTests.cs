using System.Text.Json;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Settings;

namespace Metrc.Sdk.Tests.Idempotency;

/// <summary>The API groups' write methods with <see cref="MetrcClientOptions.IdempotentWrites"/> on.</summary>
public sealed class IdempotentClientWritesTests
{
    private static CreatePackageRequest Package(string tag) => IdempotentWriterTests.Package(tag);

    private static List<string> PostedTags(WireMockMetrc metrc) => IdempotentWriterTests.PostedTags(metrc);

    private const string TagA = "1A4FF0100000022000000201";
    private const string TagB = "1A4FF0100000022000000202";
    private readonly InMemoryIdempotencyLedger _ledger = new();

    private WireMockMetrc Start(bool registerLedger = true) => WireMockMetrc.Start(
        o => o.IdempotentWrites = true,
        s =>
        {
            if (registerLedger)
            {
                s.AddSingleton<IIdempotencyLedger>(_ledger);
            }
        });

    private static CreateSalesReceiptRequest Receipt() => new()
    {
        SalesDateTime = new OffsetDateTime(new LocalDateTime(2026, 1, 5, 10, 0), Offset.Zero),
        SalesCustomerType = "Consumer",
        Transactions = [new CreateSalesTransaction { PackageLabel = TagA, Quantity = 1, UnitOfMeasure = "Each", TotalAmount = 20 }],
    };

    [Fact]
    public async Task Writing_the_same_rows_twice_sends_them_once_and_replays_the_ids()
    {
        using WireMockMetrc metrc = Start(registerLedger: false); // the in-memory fallback ledger
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[501,502]}"""));

        MetrcWriteResult first = await metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [Package(TagA), Package(TagB)]);
        MetrcWriteResult again = await metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [Package(TagA), Package(TagB)]);

        Assert.Equal([501L, 502L], again.Ids);
        Assert.Equal(first, again);
        Assert.Equal([TagA, TagB], PostedTags(metrc));
    }

    [Fact]
    public async Task A_500_after_commit_is_reconciled_and_only_the_missing_row_is_resent()
    {
        using WireMockMetrc metrc = Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).InScenario("write").WillSetStateTo("failed-once")
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"Message":"An error has occurred."}"""));
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).InScenario("write").WhenStateIs("failed-once")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[602]}"""));
        metrc.Server.Given(Request.Create().WithPath($"/packages/v2/{TagA}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody($$"""{"Id":601,"Label":"{{TagA}}"}"""));
        metrc.Server.Given(Request.Create().WithPath($"/packages/v2/{TagB}").UsingGet()).RespondWith(Response.Create().WithStatusCode(404));

        MetrcWriteResult result = await metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [Package(TagA), Package(TagB)]);

        Assert.Equal([TagA, TagB, TagB], PostedTags(metrc));
        Assert.Equal([601L, 602L], result.Ids);
        IdempotencyRecord? record = await _ledger.GetAsync(OperationKeys.Derive("Packages.Create", WireMockMetrc.License, [TagA, TagB]));
        Assert.Equal(IdempotencyState.Completed, record?.State);
    }

    [Fact]
    public async Task A_write_without_natural_keys_needs_an_operation_key_and_sends_nothing_without_one()
    {
        using WireMockMetrc metrc = Start();

        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(
            () => metrc.Client.Sales.CreateReceiptsAsync(WireMockMetrc.License, [Receipt()]));

        Assert.Contains("OperationKey", ex.Message, StringComparison.Ordinal);
        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task A_put_without_natural_keys_or_operation_key_is_sent_without_the_ledger()
    {
        using WireMockMetrc metrc = Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/finish").UsingPut()).RespondWith(Response.Create().WithStatusCode(200));

        await metrc.Client.Packages.FinishAsync(WireMockMetrc.License, [new FinishPackageRequest { Label = TagA, ActualDate = new LocalDate(2026, 1, 5) }]);

        Assert.Single(metrc.Requests);
    }

    [Fact]
    public async Task A_lost_answer_to_a_write_without_natural_keys_surfaces_as_outcome_unknown_and_is_not_resent()
    {
        using WireMockMetrc metrc = Start();
        metrc.Server.Given(Request.Create().WithPath("/sales/v2/receipts").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[1]}""").WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));
        var options = new MetrcRequestOptions { OperationKey = "sale-2026-01-05-0001" };

        await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(() => metrc.Client.Sales.CreateReceiptsAsync(WireMockMetrc.License, [Receipt()], options));
        await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(() => metrc.Client.Sales.CreateReceiptsAsync(WireMockMetrc.License, [Receipt()], options));

        Assert.Single(metrc.Requests);
        Assert.Equal(IdempotencyState.OutcomeUnknown, (await _ledger.GetAsync("sale-2026-01-05-0001"))?.State);
    }

    [Fact]
    public async Task A_lost_answer_to_receipts_with_external_numbers_is_reconciled_by_reading_them_back()
    {
        using WireMockMetrc metrc = Start();
        metrc.Server.Given(Request.Create().WithPath("/sales/v2/receipts").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[1]}""").WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));
        metrc.Server.Given(Request.Create().WithPath("/sales/v2/receipts/external/POS-1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Id":9001,"ExternalReceiptNumber":"POS-1"}"""));
        metrc.Server.Given(Request.Create().WithPath("/sales/v2/receipts/external/POS-2").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Id":9002,"ExternalReceiptNumber":"POS-2"}"""));

        MetrcWriteResult result = await metrc.Client.Sales.CreateReceiptsAsync(
            WireMockMetrc.License, [Receipt() with { ExternalReceiptNumber = "POS-1" }, Receipt() with { ExternalReceiptNumber = "POS-2" }]);

        // The answer was lost after Metrc applied both receipts: reading them back finds both, so nothing is resent.
        Assert.Equal([9001L, 9002L], result.Ids);
        Assert.Single(metrc.Requests, r => r.RequestMessage.Method == "POST");
    }

    [Fact]
    public async Task Rows_that_fail_validation_never_enter_the_ledger()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(
            o =>
            {
                o.IdempotentWrites = true;
                o.Validation.Mode = MetrcValidationMode.Enabled;
            },
            s => s.AddSingleton<IIdempotencyLedger>(_ledger));

        MetrcValidationException ex = await Assert.ThrowsAsync<MetrcValidationException>(
            () => metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [Package(TagA), Package("NOT-A-TAG")]));

        Assert.Equal(1, Assert.Single(ex.RowErrors).Row);
        Assert.Empty(metrc.Requests);
        Assert.Null(await _ledger.GetAsync(OperationKeys.Derive("Packages.Create", WireMockMetrc.License, [TagA, "NOT-A-TAG"])));
    }

    [Fact]
    public async Task A_write_made_inside_an_idempotent_writer_does_not_enter_the_ledger_twice()
    {
        // The outbox drains through its own IdempotentWriter, which calls the group methods: they must not begin the key again.
        using WireMockMetrc metrc = Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[801]}"""));
        var writer = new IdempotentWriter(_ledger);

        MetrcWriteResult result = await writer.WriteAsync(
            new IdempotentWrite<CreatePackageRequest>
            {
                Client = metrc.Client,
                Operation = "Packages.Create",
                LicenseNumber = WireMockMetrc.License,
                Rows = [Package(TagA)],
                Reconciler = MetrcReconcilers.CreatePackage,
                Send = (rows, ct) => metrc.Client.Packages.CreateAsync(WireMockMetrc.License, rows, cancellationToken: ct),
            },
            default);

        Assert.Equal([801L], result.Ids);
        Assert.Equal([TagA], PostedTags(metrc));
        Assert.Equal(1, (await _ledger.GetAsync(OperationKeys.Derive("Packages.Create", WireMockMetrc.License, [TagA])))?.Attempts);
    }
}
