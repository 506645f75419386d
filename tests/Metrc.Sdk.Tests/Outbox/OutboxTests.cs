using System.Text.Json;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;
using Metrc.Sdk.Outbox;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Outbox;

public sealed class OutboxTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"metrc-outbox-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Stores => new() { "memory", "sqlite" };

    private WireMockMetrc Start(string store, Action<MetrcOutboxOptions>? configure = null) =>
        WireMockMetrc.Start(
            services: s =>
            {
                s.AddSingleton<TimeProvider>(_clock);
                if (store == "memory")
                {
                    s.AddSingleton<IMetrcOutboxStore, InMemoryOutboxStore>();
                    s.AddSingleton<IIdempotencyLedger>(new InMemoryIdempotencyLedger(_clock));
                }
            },
            builder: b =>
            {
                b.AddOutbox(o =>
                {
                    o.InitialBackoff = TimeSpan.FromSeconds(10);
                    o.MaxAge = TimeSpan.FromHours(1);
                    configure?.Invoke(o);
                });
                if (store != "memory")
                {
                    b.UseSqliteOutbox($"Data Source={_file}");
                }
            });

    private static CreatePlantingsRequest Batch(string name) => new()
    {
        Name = name,
        Type = "Clone",
        Count = 10,
        Strain = "Blue Dream",
        Location = "Veg Room",
        ActualDate = new LocalDate(2026, 4, 30),
    };

    private static CreateSalesReceiptRequest Sale(string? receiptNumber) => new()
    {
        SalesDateTime = new OffsetDateTime(new LocalDateTime(2026, 4, 30, 12, 0), Offset.Zero),
        SalesCustomerType = "Consumer",
        ExternalReceiptNumber = receiptNumber,
        Transactions = [new CreateSalesTransaction { PackageLabel = "1A4FF0100000022000000001", Quantity = 1, UnitOfMeasure = "Each", TotalAmount = 20 }],
    };

    private static IMetrcOutbox Outbox(WireMockMetrc metrc) => metrc.Services.GetRequiredService<IMetrcOutbox>();

    private static MetrcOutboxDrainer Drainer(WireMockMetrc metrc) => metrc.Services.GetRequiredService<MetrcOutboxDrainer>();

    private static List<string> PostedBatchNames(WireMockMetrc metrc) => metrc.Requests
        .Where(r => r.RequestMessage.Method == "POST")
        .SelectMany(r => JsonDocument.Parse(r.RequestMessage.Body!).RootElement.EnumerateArray().Select(e => e.GetProperty("Name").GetString()!))
        .ToList();

    private static void GivenPlantingsAnswer(WireMockMetrc metrc, int status, string? body = null) =>
        metrc.Server.Given(Request.Create().WithPath("/plantbatches/v2/plantings").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithBody(body ?? string.Empty));

    private static void GivenActiveBatches(WireMockMetrc metrc, params string[] names) =>
        metrc.Server.Given(Request.Create().WithPath("/plantbatches/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(
                $$"""{"Data":[{{string.Join(",", names.Select((n, i) => $$"""{"Id":{{i + 1}},"Name":"{{n}}"}"""))}}],"TotalPages":1}"""));

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_entry_is_sent_by_the_drainer_and_recorded_as_succeeded(string store)
    {
        using WireMockMetrc metrc = Start(store);
        GivenPlantingsAnswer(metrc, 200, """{"Ids":[41]}""");

        OutboxEntry entry = await Outbox(metrc).EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-1")]);
        Assert.Equal(OutboxEntryStatus.Pending, entry.Status);
        Assert.Empty(metrc.Requests);

        Assert.Equal(1, await Drainer(metrc).DrainOnceAsync());

        OutboxEntry done = (await Outbox(metrc).GetAsync(entry.Id))!;
        Assert.Equal(OutboxEntryStatus.Succeeded, done.Status);
        Assert.Equal([41L], done.Result!.Ids);
        Assert.Equal(1, done.Attempts);
        Assert.Equal(["B-1"], PostedBatchNames(metrc));
    }

    [Fact]
    public void The_outbox_knows_every_write_of_the_sdk()
    {
        IEnumerable<string> writes = MetrcWriteOperations.All.Select(o => o.Name);

        Assert.Equal(MetrcCatalogue.Operations.Count(o => o.Shape == MetrcCallShape.RowWrite), MetrcWriteOperations.All.Count);
        Assert.Equal(writes.Order(), MetrcOutboxOperations.All.Select(o => o.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_queued_sale_whose_answer_was_lost_is_read_back_by_receipt_number_not_resent(string store)
    {
        using WireMockMetrc metrc = Start(store);
        metrc.Server.Given(Request.Create().WithPath("/sales/v2/receipts").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[1]}""").WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));
        metrc.Server.Given(Request.Create().WithPath("/sales/v2/receipts/external/POS-77").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Id":7700,"ExternalReceiptNumber":"POS-77"}"""));
        IMetrcOutbox outbox = Outbox(metrc);
        OutboxEntry entry = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.Sales.CreateReceipts, [Sale("POS-77")]);

        await Drainer(metrc).DrainOnceAsync(); // the answer is lost: the entry backs off
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Drainer(metrc).DrainOnceAsync(); // reconciles: the receipt exists

        OutboxEntry done = (await outbox.GetAsync(entry.Id))!;
        Assert.Equal(OutboxEntryStatus.Succeeded, done.Status);
        Assert.Equal([7700L], done.Result!.Ids);
        Assert.Single(metrc.Requests, r => r.RequestMessage.Method == "POST");
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_sale_without_a_receipt_number_cannot_be_queued(string store)
    {
        using WireMockMetrc metrc = Start(store);

        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Outbox(metrc).EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.Sales.CreateReceipts, [Sale("POS-1"), Sale(null)]).AsTask());

        Assert.Contains("ExternalReceiptNumber", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await Outbox(metrc).QueryAsync(new OutboxQuery()));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Enqueuing_the_same_write_twice_returns_the_first_entry(string store)
    {
        using WireMockMetrc metrc = Start(store);

        OutboxEntry first = await Outbox(metrc).EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-1")]);
        OutboxEntry second = await Outbox(metrc).EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-1")]);

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await Outbox(metrc).QueryAsync(new OutboxQuery()));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Offline_entries_back_off_keep_their_order_and_drain_when_metrc_is_back(string store)
    {
        using WireMockMetrc metrc = Start(store);
        GivenPlantingsAnswer(metrc, 503);
        GivenActiveBatches(metrc);
        IMetrcOutbox outbox = Outbox(metrc);
        OutboxEntry first = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-1")]);
        OutboxEntry second = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-2")]);

        await Drainer(metrc).DrainOnceAsync();

        OutboxEntry waiting = (await outbox.GetAsync(first.Id))!;
        Assert.Equal(OutboxEntryStatus.Pending, waiting.Status);
        Assert.NotNull(waiting.NextAttemptAt);
        Assert.Contains("503", waiting.LastError, StringComparison.Ordinal);
        Assert.Equal(["B-1"], PostedBatchNames(metrc)); // B-2 waits behind B-1

        Assert.Equal(0, await Drainer(metrc).DrainOnceAsync()); // not due yet
        metrc.Server.ResetMappings(); // Metrc is back
        GivenPlantingsAnswer(metrc, 200, """{"Ids":[1]}""");
        GivenActiveBatches(metrc);
        _clock.Advance(TimeSpan.FromSeconds(13));
        await Drainer(metrc).DrainOnceAsync();

        Assert.Equal(OutboxEntryStatus.Succeeded, (await outbox.GetAsync(first.Id))!.Status);
        Assert.Equal(OutboxEntryStatus.Succeeded, (await outbox.GetAsync(second.Id))!.Status);
        Assert.Equal(["B-1", "B-1", "B-2"], PostedBatchNames(metrc));
        // The 503 made B-1's outcome ambiguous: the active batches were read before it was sent again.
        Assert.Contains(metrc.Requests, r => r.RequestMessage.Path == "/plantbatches/v2/active");
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Review_queue_sends_only_approved_entries(string store)
    {
        using WireMockMetrc metrc = Start(store, o => o.RequireReview = true);
        GivenPlantingsAnswer(metrc, 200, """{"Ids":[1]}""");
        IMetrcOutbox outbox = Outbox(metrc);
        OutboxEntry approved = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-ok")]);
        OutboxEntry rejected = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-no")]);
        Assert.Equal(OutboxEntryStatus.PendingReview, approved.Status);

        Assert.Equal(0, await Drainer(metrc).DrainOnceAsync());
        await outbox.ApproveAsync(approved.Id, "manager@example.com", "looks right");
        await outbox.RejectAsync(rejected.Id, "manager@example.com", "wrong strain");
        await Drainer(metrc).DrainOnceAsync();

        OutboxEntry sent = (await outbox.GetAsync(approved.Id))!;
        Assert.Equal(OutboxEntryStatus.Succeeded, sent.Status);
        Assert.Equal("manager@example.com", sent.ReviewedBy);
        Assert.Equal(OutboxEntryStatus.Rejected, (await outbox.GetAsync(rejected.Id))!.Status);
        Assert.Equal(["B-ok"], PostedBatchNames(metrc));
        Assert.Single(await outbox.QueryAsync(OutboxQuery.ByStatus(OutboxEntryStatus.Rejected)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Rejected_rows_fail_the_entry_with_row_errors_until_requeued(string store)
    {
        using WireMockMetrc metrc = Start(store);
        GivenPlantingsAnswer(metrc, 400, """[{"row":0,"message":"Strain Blue Dream does not exist"}]""");
        IMetrcOutbox outbox = Outbox(metrc);
        OutboxEntry entry = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-1")]);

        await Drainer(metrc).DrainOnceAsync();
        OutboxEntry failed = (await outbox.GetAsync(entry.Id))!;

        Assert.Equal(OutboxEntryStatus.Failed, failed.Status);
        Assert.Equal("Strain Blue Dream does not exist", Assert.Single(failed.RowErrors).Message);
        Assert.Single(await outbox.QueryAsync(OutboxQuery.ByStatus(OutboxEntryStatus.Failed)));

        OutboxEntry requeued = await outbox.RequeueAsync(entry.Id);
        Assert.Equal(OutboxEntryStatus.Pending, requeued.Status);
        Assert.Empty(requeued.RowErrors);
        await outbox.CancelAsync(entry.Id);
        Assert.Equal(0, await Drainer(metrc).DrainOnceAsync());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Entries_failing_past_the_age_limit_are_dead_lettered(string store)
    {
        using WireMockMetrc metrc = Start(store);
        GivenPlantingsAnswer(metrc, 503);
        GivenActiveBatches(metrc);
        IMetrcOutbox outbox = Outbox(metrc);
        OutboxEntry entry = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-1")]);

        for (int i = 0; i < 20 && (await outbox.GetAsync(entry.Id))!.Status != OutboxEntryStatus.DeadLettered; i++)
        {
            await Drainer(metrc).DrainOnceAsync();
            _clock.Advance(TimeSpan.FromMinutes(11));
        }

        OutboxEntry dead = (await outbox.GetAsync(entry.Id))!;
        Assert.Equal(OutboxEntryStatus.DeadLettered, dead.Status);
        Assert.Contains("503", dead.LastError, StringComparison.Ordinal);
        Assert.True(_clock.GetUtcNow() - dead.EnqueuedAt >= TimeSpan.FromHours(1));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_entry_left_in_flight_by_a_dead_drainer_is_reconciled_not_resent(string store)
    {
        using WireMockMetrc metrc = Start(store);
        GivenPlantingsAnswer(metrc, 200, """{"Ids":[1]}""");
        GivenActiveBatches(metrc, "B-1"); // the dead drainer's send did reach Metrc
        IMetrcOutbox outbox = Outbox(metrc);
        OutboxEntry entry = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-1")]);
        IMetrcOutboxStore store2 = metrc.Services.GetRequiredService<IMetrcOutboxStore>();
        IIdempotencyLedger ledger = metrc.Services.GetRequiredService<IIdempotencyLedger>();

        // A drainer claims the entry, records intent in the ledger, sends, and is killed before storing the outcome.
        OutboxEntry claimed = (await store2.ClaimNextAsync(_clock.GetUtcNow(), TimeSpan.FromMinutes(5)))!;
        await ledger.BeginAsync(claimed.OperationKey, claimed.Operation, claimed.LicenseNumber);

        Assert.Equal(0, await Drainer(metrc).DrainOnceAsync()); // the claim has not expired
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await Drainer(metrc).DrainOnceAsync());

        OutboxEntry done = (await outbox.GetAsync(entry.Id))!;
        Assert.Equal(OutboxEntryStatus.Succeeded, done.Status);
        Assert.Equal(2, done.Attempts);
        Assert.Empty(PostedBatchNames(metrc));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Invalid_moves_and_unknown_ids_are_refused_clearly(string store)
    {
        using WireMockMetrc metrc = Start(store);
        IMetrcOutbox outbox = Outbox(metrc);
        OutboxEntry entry = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-1")]);

        InvalidOperationException approve = await Assert.ThrowsAsync<InvalidOperationException>(async () => await outbox.ApproveAsync(entry.Id));
        Assert.Contains("is Pending", approve.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await outbox.RequeueAsync(entry.Id));
        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await outbox.CancelAsync(9999));
        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, []));
        await Assert.ThrowsAsync<ArgumentException>(async () =>
            await outbox.EnqueueAsync(MetrcState.Co, " ", MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("x")]));
    }

    [Fact]
    public async Task The_sqlite_outbox_keeps_entries_across_restarts()
    {
        long id;
        using (WireMockMetrc first = Start("sqlite", o => o.RequireReview = true))
        {
            id = (await Outbox(first).EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.PlantBatches.CreatePlantings, [Batch("B-9")])).Id;
        }

        using WireMockMetrc second = Start("sqlite");
        GivenPlantingsAnswer(second, 200, """{"Ids":[9]}""");
        await Outbox(second).ApproveAsync(id);
        await Drainer(second).DrainOnceAsync();

        Assert.Equal(OutboxEntryStatus.Succeeded, (await Outbox(second).GetAsync(id))!.Status);
        Assert.Equal(["B-9"], PostedBatchNames(second));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_lost_answer_for_a_write_without_natural_keys_fails_as_outcome_unknown(string store)
    {
        using WireMockMetrc metrc = Start(store);
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/adjust").UsingPost()).RespondWith(Response.Create().WithStatusCode(500));
        IMetrcOutbox outbox = Outbox(metrc);
        OutboxEntry entry = await outbox.EnqueueAsync(MetrcState.Co, WireMockMetrc.License, MetrcOutboxOperations.Packages.Adjust,
            [new AdjustPackageRequest { Label = "1A4FF0100000022000000001", Quantity = -2, UnitOfMeasure = "Grams", AdjustmentReason = "Drying", AdjustmentDate = new LocalDate(2026, 4, 30) }]);

        await Drainer(metrc).DrainOnceAsync();
        _clock.Advance(TimeSpan.FromHours(2));
        await Drainer(metrc).DrainOnceAsync();

        OutboxEntry failed = (await outbox.GetAsync(entry.Id))!;
        Assert.Equal(OutboxEntryStatus.Failed, failed.Status);
        Assert.Contains("unknown", failed.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Single(metrc.Requests);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
