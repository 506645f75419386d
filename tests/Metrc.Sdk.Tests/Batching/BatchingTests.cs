using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Infrastructure;
using NodaTime;

namespace Metrc.Sdk.Tests.Batching;

public sealed class BatchingTests
{
    private const string Plantings = "/plantbatches/v2/plantings";

    private static CreatePlantingsRequest Planting(int i) => new()
    {
        Name = $"P-{i}",
        Type = "Clone",
        Count = 1,
        Strain = "Blue Dream",
        Location = "Veg",
        ActualDate = new LocalDate(2026, 1, 5),
    };

    private static List<CreatePlantingsRequest> Plants(int count) => [.. Enumerable.Range(0, count).Select(Planting)];

    private static MetrcRequestOptions Batch(MetrcBatchOptions batch) => new() { Batch = batch };

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(1, new[] { 1 })]
    [InlineData(499, new[] { 499 })]
    [InlineData(500, new[] { 500 })]
    [InlineData(501, new[] { 500, 1 })]
    [InlineData(1_000, new[] { 500, 500 })]
    public async Task Rows_are_cut_into_chunks_of_500_and_ids_come_back_in_input_order(int rows, int[] expectedSizes)
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings);

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(rows));

        Assert.True(result.IsSuccess);
        Assert.Equal(expectedSizes, server.Requests.Select(r => r.Length).Order().Reverse());
        Assert.Equal(Enumerable.Range(0, rows).Select(i => 1_000_000L + i), result.Ids);
        Assert.Equal(Enumerable.Range(0, rows), result.Rows.Select(r => r.Index));
        Assert.All(result.Rows, r => Assert.Equal(1_000_000L + r.Index, r.Id));
    }

    [Fact]
    public async Task Ten_thousand_and_one_rows_make_twenty_full_chunks_and_one_row()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings);

        MetrcWriteResult result = await metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Plants(10_001));

        Assert.Equal(21, server.Requests.Count);
        Assert.Equal(20, server.Requests.Count(r => r.Length == 500));
        Assert.Equal(10_001, server.Accepted.Count);
        Assert.Equal(Enumerable.Range(0, 10_001).Select(i => 1_000_000L + i), result.Ids);
    }

    [Fact]
    public async Task Ordered_writes_send_one_chunk_at_a_time_in_input_order()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings);

        await metrc.Client.Batches.WriteAsync(MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(95), Batch(new() { ChunkSize = 10, Ordered = true }));

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"P-{i * 10}"), server.Requests.Select(r => r[0]));
    }

    [Fact]
    public async Task Package_creation_is_ordered_by_default_because_a_package_may_use_an_earlier_one()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(o => o.Batching.DefaultChunkSize = 3);
        var server = new RowServer(metrc, "/packages/v2", key: "Tag");
        var rows = Enumerable.Range(0, 12).Select(i => new CreatePackageRequest
        {
            Tag = $"T-{i}",
            Item = "Buds",
            Quantity = 1,
            UnitOfMeasure = "Grams",
            ActualDate = new LocalDate(2026, 1, 5),
            Ingredients = [new PackageIngredient { Package = "SRC", Quantity = 1, UnitOfMeasure = "Grams" }],
        });

        await metrc.Client.Packages.CreateAsync(WireMockMetrc.License, rows);

        Assert.Equal(["T-0", "T-3", "T-6", "T-9"], server.Requests.Select(r => r[0]));
    }

    [Fact]
    public async Task Row_errors_of_later_chunks_map_to_input_positions()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings) { Reject = n => n is "P-3" or "P-17" or "P-34" ? $"{n} is bad" : null };

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(35), Batch(new() { ChunkSize = 10, ResubmitValidRows = false }));

        Assert.Equal([3, 17, 34], result.RowErrors.Select(e => e.Row));
        Assert.Equal(["P-3 is bad", "P-17 is bad", "P-34 is bad"], result.RowErrors.Select(e => e.Message));
        Assert.Same(result.Rows[17].Row, result.Rows[17].Row);
        Assert.Equal("P-17", result.Rows[17].Row.Name);
        Assert.Equal(10, result.SucceededCount); // rows 20..29: the only chunk without a bad row
        Assert.Equal(25, result.RejectedCount);
        Assert.Equal("Not applied: Metrc rejected the request because of other rows, and resubmission is off.", result.Rows[0].Message);
    }

    [Fact]
    public async Task The_valid_rows_of_a_rejected_chunk_are_resubmitted_and_no_accepted_row_is_sent_twice()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings) { Reject = n => n is "P-3" or "P-17" or "P-34" ? $"{n} is bad" : null };

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(35), Batch(new() { ChunkSize = 10 }));

        Assert.Equal(32, result.SucceededCount);
        Assert.Equal([3, 17, 34], result.Rows.Where(r => r.Status == MetrcRowStatus.Rejected).Select(r => r.Index));
        Assert.All(server.Accepted.Values, count => Assert.Equal(1, count));
        Assert.Equal(32, server.Accepted.Count);
        Assert.Equal(7, server.Requests.Count); // 4 chunks + 3 resubmissions
        Assert.Equal(result.Rows.Where(r => r.Status == MetrcRowStatus.Succeeded).Select(r => 1_000_000L + r.Index), result.Ids);
    }

    [Fact]
    public async Task Without_row_numbers_the_batcher_bisects_to_the_bad_rows()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings) { Reject = n => n is "P-5" or "P-12" ? "bad" : null, GivesRowNumbers = false };

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(16), Batch(new() { ChunkSize = 16 }));

        Assert.Equal([5, 12], result.Rows.Where(r => r.Status == MetrcRowStatus.Rejected).Select(r => r.Index));
        Assert.Equal(14, result.SucceededCount);
        Assert.All(server.Accepted.Values, count => Assert.Equal(1, count));
        Assert.InRange(server.Requests.Count, 3, 2 * 2 * 4 + 1); // a bisect costs O(bad × log n) requests
    }

    [Fact]
    public async Task Bisecting_a_chunk_whose_rows_are_all_bad_stops_at_its_request_budget()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings) { Reject = _ => "bad", GivesRowNumbers = false };

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(500));

        // Unbounded, isolating 500 bad rows would cost 999 requests.
        Assert.Equal(1 + Metrc.Sdk.Batching.BatchRunner<CreatePlantingsRequest>.BisectBudgetPerChunk, server.Requests.Count);
        Assert.Equal(500, result.RejectedCount);
        Assert.Equal(server.Requests.Count, result.Requests);
        Assert.All(result.Rows, r => Assert.Equal("One or more rows are invalid.", r.Message));
        Assert.Equal(500, result.RowErrors.Count);
    }

    [Fact]
    public async Task Cancellation_during_a_rejection_leaves_the_valid_rows_not_sent_instead_of_resubmitting_them()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings) { Reject = n => n == "P-3" ? "P-3 is bad" : null };
        using var cancel = new CancellationTokenSource();

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(10),
            Batch(new() { ChunkSize = 10, Progress = new SynchronousProgress(_ => cancel.Cancel()) }), cancel.Token);

        // The cancellation arrived while the first answer (a 400 for row 3) was read: nothing else is sent.
        Assert.Single(server.Requests);
        Assert.Empty(server.Accepted);
        Assert.True(result.Canceled);
        Assert.Equal([3], result.Rows.Where(r => r.Status == MetrcRowStatus.Rejected).Select(r => r.Index));
        Assert.Equal(9, result.Rows.Count(r => r.Status == MetrcRowStatus.NotSent));
        Assert.Contains("canceled", result.Rows[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_413_halves_the_chunk_size_and_later_chunks_start_small()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings) { MaxRows = 100 };

        MetrcWriteResult result = await metrc.Client.PlantBatches.CreatePlantingsAsync(
            WireMockMetrc.License, Plants(1_000), Batch(new() { Ordered = true }));

        Assert.Equal(1_000, result.Ids.Count);
        Assert.Equal(1_000, server.Accepted.Count);
        Assert.Equal([500, 250, 125], server.Requests.Where(r => r.Length > 100).Select(r => r.Length).Take(3));
        Assert.Equal(3, server.Requests.Count(r => r.Length > 100)); // the halved size is remembered for the next chunks

        // The next write of the same operation starts at the adapted size.
        await metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Enumerable.Range(1_000, 200).Select(Planting));
        Assert.Equal(3, server.Requests.Count(r => r.Length > 100));
    }

    [Fact]
    public async Task Cancellation_stops_after_the_chunk_in_flight_and_says_which_rows_were_sent()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(_ => cancel.Cancel());

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(50), Batch(new() { ChunkSize = 10, Ordered = true, Progress = progress }), cancel.Token);

        Assert.True(result.Canceled);
        Assert.False(result.IsSuccess);
        Assert.Single(server.Requests);
        Assert.Equal(10, result.SucceededCount);
        Assert.All(result.Rows, r => Assert.Equal(MetrcRowStatus.Succeeded, r.Status));
        Assert.Equal(10, result.Rows.Count); // rows after the cancellation were never read from the caller's sequence

        // The plain method reports a partly applied write as such.
        cancel.TryReset();
        using var cancel2 = new CancellationTokenSource();
        MetrcBatchException ex = await Assert.ThrowsAsync<MetrcBatchException>(() => metrc.Client.PlantBatches.CreatePlantingsAsync(
            WireMockMetrc.License, Enumerable.Range(100, 50).Select(Planting),
            Batch(new() { ChunkSize = 10, Ordered = true, Progress = new SynchronousProgress(_ => cancel2.Cancel()) }), cancel2.Token));
        Assert.Equal(Enumerable.Range(0, 10), ex.AcceptedRows);
        Assert.Equal(10, ex.Accepted.Ids.Count);
    }

    [Fact]
    public async Task Progress_reports_rows_and_requests_until_everything_is_sent()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings) { Reject = n => n == "P-7" ? "bad" : null };
        var reports = new List<BatchProgress>();

        await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(25), Batch(new() { ChunkSize = 10, Progress = new SynchronousProgress(reports.Add) }));

        Assert.Equal(server.Requests.Count, reports.Count);
        Assert.Equal(Enumerable.Range(1, reports.Count), reports.Select(r => r.Requests));
        BatchProgress last = reports[^1];
        Assert.Equal((25, 25, 24, 1), (last.RowsRead, last.RowsSent, last.RowsAccepted, last.RowsRejected));
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.RowsSent >= p.First.RowsSent));
    }

    [Fact]
    public async Task An_async_sequence_is_read_a_chunk_at_a_time()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        int produced = 0;
        int producedAtFirstRequest = -1;
        var server = new RowServer(metrc, Plantings) { OnRequest = _ => Interlocked.CompareExchange(ref producedAtFirstRequest, Volatile.Read(ref produced), -1) };

        async IAsyncEnumerable<CreatePlantingsRequest> Source()
        {
            for (int i = 0; i < 1_200; i++)
            {
                await Task.Yield();
                Interlocked.Increment(ref produced);
                yield return Planting(i);
            }
        }

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Source(), Batch(new() { ChunkSize = 100, Ordered = true }));

        Assert.True(result.IsSuccess);
        Assert.Equal(12, server.Requests.Count);
        Assert.InRange(producedAtFirstRequest, 100, 200); // the first chunk went out long before the sequence ended
    }

    [Fact]
    public async Task Chunk_sizes_resolve_per_state_then_per_operation_with_transfers_at_200()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(o => o.States[MetrcState.Co].ChunkSizes["PlantBatches.CreatePlantings"] = 7);
        var plantings = new RowServer(metrc, Plantings);
        var transfers = new RowServer(metrc, "/transfers/v2/templates/outgoing");

        await metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Plants(15));
        await metrc.Client.Transfers.CreateOutgoingAsync(WireMockMetrc.License, Enumerable.Range(0, 450).Select(i => new CreateOutgoingTransferRequest { Name = $"M-{i}", Destinations = [] }));

        Assert.Equal([7, 7, 1], plantings.Requests.Select(r => r.Length).Order().Reverse());
        Assert.Equal([200, 200, 50], transfers.Requests.Select(r => r.Length).Order().Reverse());
    }

    [Theory]
    [InlineData("DefaultChunkSize")]
    [InlineData("MaxConcurrentChunks")]
    [InlineData("ChunkSizes")]
    public void Batching_limits_must_be_positive(string option)
    {
        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => WireMockMetrc.Start(o =>
        {
            switch (option)
            {
                case "DefaultChunkSize": o.Batching.DefaultChunkSize = 0; break;
                case "MaxConcurrentChunks": o.Batching.MaxConcurrentChunks = -1; break;
                default: o.Batching.ChunkSizes["Packages.Create"] = 0; break;
            }
        }).Dispose());

        Assert.Contains($"MetrcClientOptions.Batching.{option}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_per_call_chunk_size_of_zero_is_an_argument_error()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Plants(3), Batch(new() { ChunkSize = 0 })));

        Assert.Contains("options.Batch.ChunkSize", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_failure_mid_write_stops_it_and_the_exception_says_what_was_applied()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings);
        server.OnRequest = names =>
        {
            if (names[0] == "P-20")
            {
                throw new InvalidOperationException("boom"); // WireMock answers 500
            }
        };

        MetrcBatchException ex = await Assert.ThrowsAsync<MetrcBatchException>(() => metrc.Client.PlantBatches.CreatePlantingsAsync(
            WireMockMetrc.License, Plants(50), Batch(new() { ChunkSize = 10, Ordered = true })));

        Assert.Equal(Enumerable.Range(0, 20), ex.AcceptedRows);
        Assert.Equal(Enumerable.Range(20, 10), ex.OutcomeUnknownRows); // a 500 may come after a commit: never "failed" or "not sent"
        Assert.Empty(ex.FailedRows);
        Assert.Empty(ex.NotSentRows); // rows after the failure were never read
        Assert.IsType<MetrcServerException>(ex.InnerException);
        Assert.Equal(20, ex.Accepted.Ids.Count);
    }

    [Fact]
    public async Task A_null_row_deep_in_a_list_fails_before_anything_is_sent()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        var server = new RowServer(metrc, Plantings);
        List<CreatePlantingsRequest> rows = Plants(1_000);
        rows[700] = null!;

        ArgumentException ex = await Assert.ThrowsAsync<ArgumentException>(() => metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, rows));

        Assert.Contains("rows[700]", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
