using System.Runtime.CompilerServices;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Batching;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NodaTime;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>The clients validate writes before sending them (WireMock counts what reached the wire).</summary>
public sealed class AutomaticValidationTests
{
    private const string Plantings = "/plantbatches/v2/plantings";

    private static CreatePlantingsRequest Planting(int i, int count = 1) => new()
    {
        Name = $"P-{i}",
        Type = "Clone",
        Count = count,
        Strain = "Blue Dream",
        Location = "Veg",
        ActualDate = new LocalDate(2026, 1, 5),
    };

    private static List<CreatePlantingsRequest> Plants(int count, int badAt = -1) =>
        [.. Enumerable.Range(0, count).Select(i => Planting(i, i == badAt ? 101 : 1))];

    private static WireMockMetrc Start(Action<MetrcClientOptions>? configure = null, Action<IServiceCollection>? services = null) =>
        WireMockMetrc.Start(o => { o.Validation.Mode = MetrcValidationMode.Enabled; configure?.Invoke(o); }, services);

    [Fact]
    public void Validation_is_on_by_default()
    {
        Assert.Equal(MetrcValidationMode.Enabled, new MetrcClientOptions().Validation.Mode);
    }

    [Fact]
    public async Task A_bad_row_anywhere_in_a_large_write_fails_it_before_any_request_is_sent()
    {
        using WireMockMetrc metrc = Start();
        var server = new RowServer(metrc, Plantings);

        var error = await Assert.ThrowsAsync<MetrcValidationException>(() => metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Plants(1_200, badAt: 1_100)));

        Assert.True(error.IsClientSide);
        MetrcRowError row = Assert.Single(error.RowErrors);
        Assert.Equal((1_100, "Count", MetrcRuleCodes.PlantBatchCountCap), (row.Row, row.Field, row.Code));
        Assert.Empty(server.Requests);
        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task The_batch_client_fails_an_in_memory_write_before_sending_too()
    {
        using WireMockMetrc metrc = Start();
        var server = new RowServer(metrc, Plantings);

        var error = await Assert.ThrowsAsync<MetrcValidationException>(() =>
            metrc.Client.Batches.WriteAsync(MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Plants(30, badAt: 25), new MetrcRequestOptions { Batch = new() { ChunkSize = 10 } }));

        Assert.Equal(25, Assert.Single(error.RowErrors).Row);
        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task A_lazy_sequence_is_validated_whole_before_sending()
    {
        using WireMockMetrc metrc = Start();
        _ = new RowServer(metrc, Plantings);

        await Assert.ThrowsAsync<MetrcValidationException>(() =>
            metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Enumerable.Range(0, 700).Select(i => Planting(i, i == 650 ? 0 : 1))));

        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task Valid_rows_are_sent_unchanged()
    {
        using WireMockMetrc metrc = Start();
        var server = new RowServer(metrc, Plantings);

        MetrcWriteResult result = await metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Plants(600));

        Assert.Equal(600, result.Ids.Count);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_streamed_write_stops_at_the_first_chunk_that_fails_validation_and_never_sends_it()
    {
        using WireMockMetrc metrc = Start();
        var server = new RowServer(metrc, Plantings);

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Stream(Plants(30, badAt: 15)), new MetrcRequestOptions { Batch = new() { ChunkSize = 10, Ordered = true } });

        Assert.Equal(["P-0"], server.Requests.Select(r => r[0]));
        Assert.Equal(10, result.SucceededCount);
        var error = Assert.IsType<MetrcValidationException>(result.Error);
        Assert.Equal(15, Assert.Single(error.RowErrors).Row);
    }

    [Fact]
    public async Task Tags_stay_unique_across_streamed_chunks()
    {
        using WireMockMetrc metrc = Start();
        _ = new RowServer(metrc, Plantings);

        MetrcBatchResult<CreatePlantingsRequest> result = await metrc.Client.Batches.WriteAsync(
            MetrcWriteOperations.PlantBatches.CreatePlantings, WireMockMetrc.License, Stream([.. Plants(12), Planting(3)]), new MetrcRequestOptions { Batch = new() { ChunkSize = 10, Ordered = true } });

        var error = Assert.IsType<MetrcValidationException>(result.Error);
        Assert.Equal((12, MetrcRuleCodes.PlantBatchNameInUse), (Assert.Single(error.RowErrors).Row, error.RowErrors[0].Code));
    }

    [Fact]
    public async Task WarningsOnly_logs_the_errors_and_sends_the_write()
    {
        var logs = new FakeLogCollector();
        using WireMockMetrc metrc = Start(
            o => o.Validation.Mode = MetrcValidationMode.WarningsOnly,
            s => s.AddLogging(l => l.AddProvider(new FakeLoggerProvider(logs))));
        var server = new RowServer(metrc, Plantings) { Reject = n => n == "P-0" ? "Count exceeds the cap." : null };

        var error = await Assert.ThrowsAsync<MetrcValidationException>(() => metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Plants(1, badAt: 0)));

        Assert.False(error.IsClientSide);
        Assert.Single(server.Requests);
        FakeLogRecord record = Assert.Single(logs.GetSnapshot(), r => r.Id.Name == "ValidationSendingInvalid");
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Contains(MetrcRuleCodes.PlantBatchCountCap, record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_can_turn_validation_off_or_down()
    {
        using WireMockMetrc metrc = Start();
        var server = new RowServer(metrc, Plantings);

        await metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Plants(2, badAt: 1), new MetrcRequestOptions { ValidationMode = MetrcValidationMode.Disabled });
        await metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Plants(2, badAt: 1), new MetrcRequestOptions { ValidationMode = MetrcValidationMode.WarningsOnly });

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_call_can_turn_validation_on_when_the_client_has_it_off()
    {
        using WireMockMetrc metrc = Start(o => o.Validation.Mode = MetrcValidationMode.Disabled);
        _ = new RowServer(metrc, Plantings);

        await Assert.ThrowsAsync<MetrcValidationException>(() =>
            metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, Plants(2, badAt: 1), new MetrcRequestOptions { ValidationMode = MetrcValidationMode.Enabled }));

        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task The_state_rules_of_the_client_apply()
    {
        using WireMockMetrc metrc = Start(o =>
        {
            o.Validation.StateRules[MetrcState.Co] = MetrcStateRules.For(MetrcState.Co) with { PlantBatchCap = 200 };
            o.States[MetrcState.Co].ValidationRules = MetrcStateRules.For(MetrcState.Co) with { PlantBatchCap = 5 };
        });
        _ = new RowServer(metrc, Plantings);

        var error = await Assert.ThrowsAsync<MetrcValidationException>(() =>
            metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, [Planting(0, count: 6)]));

        Assert.Contains("5 plants", error.RowErrors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_passed_with_the_call_runs_the_stateful_rules()
    {
        using WireMockMetrc metrc = Start();
        MetrcLifecycleSnapshot snapshot = ValidationRows.Snapshot();

        var error = await Assert.ThrowsAsync<MetrcValidationException>(() =>
            metrc.Client.Sales.CreateReceiptsAsync(ValidationRows.License, [Receipt(901)], new MetrcRequestOptions { LifecycleSnapshot = snapshot }));

        Assert.Equal(MetrcRuleCodes.PackageFinished, Assert.Single(error.RowErrors).Code);
        Assert.Empty(metrc.Requests);
    }

    [Fact]
    public async Task A_registered_snapshot_provider_feeds_automatic_validation()
    {
        var provider = new CountingProvider(ValidationRows.Snapshot());
        using WireMockMetrc metrc = Start(services: s => s.AddSingleton<IMetrcLifecycleSnapshotProvider>(provider));

        var error = await Assert.ThrowsAsync<MetrcValidationException>(() =>
            metrc.Client.Sales.CreateReceiptsAsync(ValidationRows.License, [Receipt(902)]));

        Assert.Equal(MetrcRuleCodes.PackageOnHold, Assert.Single(error.RowErrors).Code);
        Assert.Equal([(MetrcState.Co, ValidationRows.License)], provider.Calls);
        Assert.Empty(metrc.Requests);
    }

    private static CreateSalesReceiptRequest Receipt(int tag) => ValidationRows.Sale(tag) with
    {
        SalesDateTime = new OffsetDateTime(new LocalDateTime(2026, 1, 5, 12, 0), Offset.Zero),
    };

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (T row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return row;
        }
    }

    private sealed class CountingProvider(MetrcLifecycleSnapshot snapshot) : IMetrcLifecycleSnapshotProvider
    {
        public List<(MetrcState, string)> Calls { get; } = [];

        public ValueTask<MetrcLifecycleSnapshot?> GetSnapshotAsync(MetrcState state, string licenseNumber, CancellationToken cancellationToken = default)
        {
            Calls.Add((state, licenseNumber));
            return ValueTask.FromResult<MetrcLifecycleSnapshot?>(snapshot);
        }
    }
}
