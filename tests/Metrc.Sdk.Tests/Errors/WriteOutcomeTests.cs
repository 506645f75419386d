using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Idempotency;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace Metrc.Sdk.Tests.Errors;

/// <summary>
/// A write whose answer is lost ends in "outcome unknown" naming its rows, never in "not sent" or a bare format error:
/// a 2xx with an unreadable body (one request and a multi-chunk write), and a commit whose read-back the open circuit refused.
/// </summary>
public sealed class WriteOutcomeTests
{
    private const string TagA = "1A4FF0100000022000000201";
    private const string TagB = "1A4FF0100000022000000202";
    private const string TagC = "1A4FF0100000022000000203";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryIdempotencyLedger _ledger = new();

    private static ResponseMessage Unreadable(string kind) => kind switch
    {
        "html" => new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("text/html") },
            BodyData = new BodyData { BodyAsString = "<html><body>Gateway says hello</body></html>", DetectedBodyType = BodyType.String },
        },
        _ => WireMockJson.Json(200, """{"Ids":[9001,"""), // truncated JSON
    };

    [Theory]
    [InlineData("html")]
    [InlineData("truncated")]
    public async Task A_one_row_write_answered_2xx_with_an_unreadable_body_is_of_unknown_outcome(string kind)
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).RespondWith(Response.Create().WithCallback(_ => Unreadable(kind)));

        MetrcOutcomeUnknownException ex = await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(
            () => metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [IdempotentWriterTests.Package(TagA)]));

        Assert.Equal([0], ex.Rows);
        Assert.Equal("Packages.Create", ex.Operation);
        Assert.Equal(System.Net.HttpStatusCode.OK, ex.StatusCode);
        Assert.IsType<MetrcResponseFormatException>(ex.InnerException);
        Assert.Single(metrc.Requests);
    }

    [Fact]
    public async Task A_multi_chunk_write_whose_first_chunk_got_an_unreadable_2xx_names_those_rows_as_of_unknown_outcome()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        int requests = 0;
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).RespondWith(Response.Create().WithCallback(_ =>
            Interlocked.Increment(ref requests) == 1 ? Unreadable("html") : WireMockJson.Json(200, """{"Ids":[1,2]}""")));

        MetrcBatchException ex = await Assert.ThrowsAsync<MetrcBatchException>(() => metrc.Client.Packages.CreateAsync(
            WireMockMetrc.License,
            [IdempotentWriterTests.Package(TagA), IdempotentWriterTests.Package(TagB), IdempotentWriterTests.Package(TagC), IdempotentWriterTests.Package("1A4FF0100000022000000204")],
            new MetrcRequestOptions { Batch = new MetrcBatchOptions { ChunkSize = 2, Ordered = true } }));

        Assert.Equal([0, 1], ex.OutcomeUnknownRows);
        Assert.Empty(ex.NotSentRows); // an ordered write stops at the lost answer: rows 2 and 3 were never read
        Assert.Single(metrc.Requests);
        Assert.Empty(ex.AcceptedRows);
        Assert.Empty(ex.FailedRows);
        Assert.IsType<MetrcResponseFormatException>(ex.InnerException);
        Assert.Contains("unknown outcome", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_chunk_with_an_unreadable_2xx_is_of_unknown_outcome_next_to_the_accepted_rows()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        int requests = 0;
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).RespondWith(Response.Create().WithCallback(_ =>
            Interlocked.Increment(ref requests) == 2 ? Unreadable("truncated") : WireMockJson.Json(200, """{"Ids":[11]}""")));

        MetrcBatchException ex = await Assert.ThrowsAsync<MetrcBatchException>(() => metrc.Client.Packages.CreateAsync(
            WireMockMetrc.License,
            [IdempotentWriterTests.Package(TagA), IdempotentWriterTests.Package(TagB), IdempotentWriterTests.Package(TagC)],
            new MetrcRequestOptions { Batch = new MetrcBatchOptions { ChunkSize = 1, Ordered = true } }));

        Assert.Equal([0], ex.AcceptedRows);
        Assert.Equal([1], ex.OutcomeUnknownRows);
        Assert.Empty(ex.FailedRows);
        Assert.Equal(2, metrc.Requests.Count); // row 2 was never read nor sent
    }

    [Fact]
    public async Task With_idempotent_writes_an_unreadable_2xx_without_natural_keys_is_recorded_as_unknown_in_the_ledger()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(o => o.IdempotentWrites = true, s => s.AddSingleton<IIdempotencyLedger>(_ledger));
        metrc.Server.Given(Request.Create().WithPath("/sales/v2/receipts").UsingPost()).RespondWith(Response.Create().WithCallback(_ => Unreadable("html")));
        var options = new MetrcRequestOptions { OperationKey = "receipt-unreadable-1" };
        var receipt = new CreateSalesReceiptRequest
        {
            SalesDateTime = new OffsetDateTime(new LocalDateTime(2026, 1, 5, 10, 0), Offset.Zero),
            SalesCustomerType = "Consumer",
            Transactions = [new CreateSalesTransaction { PackageLabel = TagA, Quantity = 1, UnitOfMeasure = "Each", TotalAmount = 20 }],
        };

        MetrcOutcomeUnknownException ex = await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(
            () => metrc.Client.Sales.CreateReceiptsAsync(WireMockMetrc.License, [receipt], options));

        Assert.Equal([0], ex.Rows);
        Assert.Equal("receipt-unreadable-1", ex.OperationKey);
        Assert.IsType<MetrcResponseFormatException>(ex.InnerException);
        Assert.Equal(IdempotencyState.OutcomeUnknown, (await _ledger.GetAsync("receipt-unreadable-1"))?.State);
        Assert.Single(metrc.Requests);
    }

    [Fact]
    public async Task A_commit_whose_answer_was_lost_and_whose_read_back_the_open_circuit_refused_is_of_unknown_outcome_and_reconciled_next_time()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(
            o => o.IdempotentWrites = true,
            s =>
            {
                s.AddSingleton<IIdempotencyLedger>(_ledger);
                s.AddSingleton<TimeProvider>(_clock);
            });
        metrc.Server.Given(Request.Create().WithPath("/strains/v2/active").UsingGet()).RespondWith(Response.Create().WithStatusCode(500));
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"Message":"An error has occurred."}""")); // committed, answer lost
        metrc.Server.Given(Request.Create().WithPath($"/packages/v2/{TagA}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""{"Id":801,"Label":"{{TagA}}"}"""));

        // 19 failing reads, then the POST's 500 is the 20th failure: the circuit opens before the read-back.
        for (int i = 0; i < 19; i++)
        {
            await Assert.ThrowsAsync<MetrcServerException>(() => metrc.Client.Strains.ListActiveAsync(WireMockMetrc.License).GetPageAsync());
        }

        MetrcOutcomeUnknownException ex = await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(
            () => metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [IdempotentWriterTests.Package(TagA)]));

        Assert.Equal([0], ex.Rows);
        MetrcTransportException refused = Assert.IsType<MetrcTransportException>(ex.InnerException);
        Assert.False(refused.MayHaveReachedServer); // the read-back was not sent ...
        Assert.DoesNotContain("not sent", ex.Message.Split("Cause:")[0], StringComparison.Ordinal); // ... but the write is not "not sent"
        string key = OperationKeys.Derive("Packages.Create", WireMockMetrc.License, [TagA]);
        Assert.Equal(IdempotencyState.OutcomeUnknown, (await _ledger.GetAsync(key))?.State);
        Assert.Equal(1, metrc.Requests.Count(r => r.RequestMessage.Method == "POST"));
        Assert.Equal(0, metrc.Requests.Count(r => r.RequestMessage.Path == $"/packages/v2/{TagA}"));

        // After the break the same write reads the row back first, finds it and sends nothing.
        _clock.Advance(TimeSpan.FromSeconds(16));
        MetrcWriteResult result = await metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [IdempotentWriterTests.Package(TagA)]);

        Assert.Equal([801L], result.Ids);
        Assert.Equal(1, metrc.Requests.Count(r => r.RequestMessage.Method == "POST"));
        Assert.Equal(IdempotencyState.Completed, (await _ledger.GetAsync(key))?.State);
    }
}
