using System.Text.Json;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Infrastructure;
using NodaTime;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Settings;

namespace Metrc.Sdk.Tests.Idempotency;

public sealed class IdempotentWriterTests
{
    private const string TagA = "1A4FF0100000022000000101";
    private const string TagB = "1A4FF0100000022000000102";

    internal static CreatePackageRequest Package(string tag) => new()
    {
        Tag = tag,
        Item = "Buds",
        Quantity = 10,
        UnitOfMeasure = "Grams",
        ActualDate = new LocalDate(2026, 1, 5),
        Ingredients = [new PackageIngredient { Package = "1A4FF0100000022000000001", Quantity = 10, UnitOfMeasure = "Grams" }],
    };

    private static IdempotentWrite<CreatePackageRequest> Write(IMetrcClient client, params string[] tags) => new()
    {
        Client = client,
        Operation = "Packages.Create",
        LicenseNumber = WireMockMetrc.License,
        Rows = tags.Select(Package).ToList(),
        Reconciler = MetrcReconcilers.CreatePackage,
        Send = (rows, ct) => client.Packages.CreateAsync(WireMockMetrc.License, rows, cancellationToken: ct),
    };

    internal static List<string> PostedTags(WireMockMetrc metrc) => metrc.Requests
        .Where(r => r.RequestMessage.Method == "POST")
        .SelectMany(r => JsonDocument.Parse(r.RequestMessage.Body!).RootElement.EnumerateArray().Select(e => e.GetProperty("Tag").GetString()!))
        .ToList();

    private static void GivenPackageExists(WireMockMetrc metrc, string tag, long id) =>
        metrc.Server.Given(Request.Create().WithPath($"/packages/v2/{tag}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody($$"""{"Id":{{id}},"Label":"{{tag}}"}"""));

    private static void GivenPackageMissing(WireMockMetrc metrc, string tag) =>
        metrc.Server.Given(Request.Create().WithPath($"/packages/v2/{tag}").UsingGet()).RespondWith(Response.Create().WithStatusCode(404));

    [Fact]
    public async Task A_completed_write_replays_its_result_without_sending()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[501,502]}"""));
        var writer = new IdempotentWriter(new InMemoryIdempotencyLedger());

        MetrcWriteResult first = await writer.WriteAsync(Write(metrc.Client, TagA, TagB), default);
        MetrcWriteResult replay = await writer.WriteAsync(Write(metrc.Client, TagA, TagB), default);

        Assert.Equal([501L, 502L], replay.Ids);
        Assert.Equal(first, replay);
        Assert.Equal([TagA, TagB], PostedTags(metrc));
    }

    [Fact]
    public async Task A_500_after_commit_is_reconciled_and_only_missing_rows_are_resent()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        // First POST: Metrc applied row A, then failed. Reading back: A exists, B does not. Second POST succeeds.
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).InScenario("write").WillSetStateTo("failed-once")
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"Message":"An error has occurred."}"""));
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost()).InScenario("write").WhenStateIs("failed-once")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[602]}"""));
        GivenPackageExists(metrc, TagA, 601);
        GivenPackageMissing(metrc, TagB);
        var ledger = new InMemoryIdempotencyLedger();

        MetrcWriteResult result = await new IdempotentWriter(ledger).WriteAsync(Write(metrc.Client, TagA, TagB), default);

        Assert.Equal([TagA, TagB, TagB], PostedTags(metrc));
        Assert.Equal([601L, 602L], result.Ids);
        IdempotencyRecord record = (await ledger.GetAsync(OperationKeys.Derive("Packages.Create", WireMockMetrc.License, [TagA, TagB])))!;
        Assert.Equal(IdempotencyState.Completed, record.State);
    }

    [Fact]
    public async Task A_dropped_answer_whose_rows_all_exist_completes_without_resending()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[1,2]}""").WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));
        GivenPackageExists(metrc, TagA, 701);
        GivenPackageExists(metrc, TagB, 702);

        MetrcWriteResult result = await new IdempotentWriter(new InMemoryIdempotencyLedger()).WriteAsync(Write(metrc.Client, TagA, TagB), default);

        Assert.Equal([TagA, TagB], PostedTags(metrc));
        Assert.Equal([701L, 702L], result.Ids);
    }

    [Fact]
    public async Task A_write_begun_by_a_crashed_process_is_reconciled_before_anything_is_sent()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[802]}"""));
        GivenPackageExists(metrc, TagA, 801);
        GivenPackageMissing(metrc, TagB);
        var ledger = new InMemoryIdempotencyLedger();
        await ledger.BeginAsync(OperationKeys.Derive("Packages.Create", WireMockMetrc.License, [TagA, TagB]), "Packages.Create", WireMockMetrc.License);

        MetrcWriteResult result = await new IdempotentWriter(ledger).WriteAsync(Write(metrc.Client, TagA, TagB), default);

        Assert.Equal([TagB], PostedTags(metrc));
        Assert.Equal([801L, 802L], result.Ids);
    }

    [Fact]
    public async Task A_tag_not_available_on_a_resend_is_resolved_by_reconciliation()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBody($$"""[{"row":0,"message":"Tag {{TagA}} is not available"}]"""));
        GivenPackageExists(metrc, TagA, 901);
        var ledger = new InMemoryIdempotencyLedger();
        await ledger.BeginAsync(OperationKeys.Derive("Packages.Create", WireMockMetrc.License, [TagA]), "Packages.Create", WireMockMetrc.License);
        // The earlier attempt's read-back found nothing yet (replication lag); the resend is then refused as "not available".
        metrc.Server.Given(Request.Create().WithPath($"/packages/v2/{TagA}").UsingGet()).InScenario("lag").WillSetStateTo("visible")
            .RespondWith(Response.Create().WithStatusCode(404));

        MetrcWriteResult result = await new IdempotentWriter(ledger).WriteAsync(Write(metrc.Client, TagA), default);

        Assert.Equal([901L], result.Ids);
        Assert.Single(PostedTags(metrc));
    }

    [Fact]
    public async Task A_genuine_400_on_a_first_attempt_is_thrown_with_row_errors()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBody("""[{"row":1,"message":"Item Buds does not exist"}]"""));

        IdempotentWrite<CreatePackageRequest> write = Write(metrc.Client, TagA, TagB) with
        {
            Send = (rows, ct) => metrc.Client.Packages.CreateAsync(WireMockMetrc.License, rows, new MetrcRequestOptions { Batch = new() { ResubmitValidRows = false } }, ct),
        };

        MetrcValidationException ex = await Assert.ThrowsAsync<MetrcValidationException>(() =>
            new IdempotentWriter(new InMemoryIdempotencyLedger()).WriteAsync(write, default));

        Assert.Equal(1, Assert.Single(ex.RowErrors).Row);
        Assert.DoesNotContain(metrc.Requests, r => r.RequestMessage.Method == "GET");
    }

    [Fact]
    public async Task A_write_without_natural_keys_is_never_resent_after_a_lost_answer()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/adjust").UsingPost()).RespondWith(Response.Create().WithStatusCode(502));
        var ledger = new InMemoryIdempotencyLedger();
        var writer = new IdempotentWriter(ledger);
        IdempotentWrite<AdjustPackageRequest> write = new()
        {
            Client = metrc.Client,
            Operation = "Packages.Adjust",
            LicenseNumber = WireMockMetrc.License,
            OperationKey = "adjust-2026-01-05-1",
            Rows = [new AdjustPackageRequest { Label = TagA, Quantity = -1, UnitOfMeasure = "Grams", AdjustmentReason = "Drying", AdjustmentDate = new LocalDate(2026, 1, 5) }],
            Send = (rows, ct) => metrc.Client.Packages.AdjustAsync(WireMockMetrc.License, rows, cancellationToken: ct),
        };

        MetrcOutcomeUnknownException first = await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(() => writer.WriteAsync(write, default));
        await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(() => writer.WriteAsync(write, default));

        Assert.Equal("adjust-2026-01-05-1", first.OperationKey);
        Assert.IsType<MetrcServerException>(first.InnerException);
        Assert.Single(metrc.Requests);
        Assert.Equal(IdempotencyState.OutcomeUnknown, (await ledger.GetAsync("adjust-2026-01-05-1"))!.State);
    }

    [Fact]
    public async Task An_idempotent_put_without_natural_keys_is_resent_after_a_lost_answer()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/finish").UsingPut()).InScenario("finish").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(503));
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/finish").UsingPut()).InScenario("finish").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200));
        IdempotentWrite<FinishPackageRequest> write = new()
        {
            Client = metrc.Client,
            Operation = "Packages.Finish",
            LicenseNumber = WireMockMetrc.License,
            OperationKey = "finish-1",
            IsIdempotentMethod = true,
            Rows = [new FinishPackageRequest { Label = TagA, ActualDate = new LocalDate(2026, 1, 5) }],
            Send = (rows, ct) => metrc.Client.Packages.FinishAsync(WireMockMetrc.License, rows, cancellationToken: ct),
        };

        MetrcWriteResult result = await new IdempotentWriter(new InMemoryIdempotencyLedger()).WriteAsync(write, default);

        Assert.Same(MetrcWriteResult.Empty, result);
        Assert.Equal(2, metrc.Requests.Count);
    }

    [Fact]
    public async Task A_write_without_natural_keys_needs_an_operation_key()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        IdempotentWrite<AdjustPackageRequest> write = new()
        {
            Client = metrc.Client,
            Operation = "Packages.Adjust",
            LicenseNumber = WireMockMetrc.License,
            Rows = [],
            Send = (_, _) => Task.FromResult(MetrcWriteResult.Empty),
        };

        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(() => new IdempotentWriter(new InMemoryIdempotencyLedger()).WriteAsync(write, default));
        Assert.Contains("OperationKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plantings_reconcile_lists_only_batches_modified_around_the_first_attempt()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/plantbatches/v2/plantings").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500));
        metrc.Server.Given(Request.Create().WithPath("/plantbatches/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Data":[{"Id":77,"Name":"B-1"}],"TotalPages":1}"""));
        var ledger = new InMemoryIdempotencyLedger(clock);
        IdempotentWrite<CreatePlantingsRequest> write = new()
        {
            Client = metrc.Client,
            Operation = "PlantBatches.CreatePlantings",
            LicenseNumber = WireMockMetrc.License,
            Rows = [new CreatePlantingsRequest { Name = "B-1", Type = "Clone", Count = 1, Strain = "S", Location = "L", ActualDate = new LocalDate(2026, 4, 30) }],
            Reconciler = MetrcReconcilers.CreatePlantings,
            Send = (rows, ct) => metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, rows, cancellationToken: ct),
        };

        MetrcWriteResult result = await new IdempotentWriter(ledger, clock).WriteAsync(write, default);

        Assert.Equal([77L], result.Ids);
        var list = metrc.Requests.Single(r => r.RequestMessage.Method == "GET").RequestMessage;
        Assert.Equal("2026-05-01T07:00:00Z", OffsetDateTimeQuery(list.Query!["lastModifiedStart"].ToString()));
        Assert.Equal("2026-05-01T09:00:00Z", OffsetDateTimeQuery(list.Query!["lastModifiedEnd"].ToString()));
    }

    private static string OffsetDateTimeQuery(string value) =>
        DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
