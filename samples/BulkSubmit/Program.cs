// BulkSubmit: 10,000 plants through the batching core, with a live view of what the SDK is doing.
//   dotnet run -c Release --project samples/BulkSubmit                  10,000 one-plant plantings into the bundled emulator
//   dotnet run -c Release --project samples/BulkSubmit -- --rows 500 --chunk-size 100 --concurrency 8
//   dotnet run -c Release --project samples/BulkSubmit -- --state co --license LIC-0001   (sandbox; keys from METRC_VENDOR_KEY, METRC_USER_KEY)
using System.CommandLine;
using System.Diagnostics;
using Metrc.Sdk;
using Metrc.Sdk.Models;
using Metrc.Sdk.Samples;
using Metrc.Sdk.Samples.BulkSubmit;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;

var target = new MetrcTargetOptions();
var rows = SampleCli.Positive("--rows", "Plants to submit (one planting row each).", 10_000);
var chunkSize = SampleCli.Positive("--chunk-size", "Rows per request.", 500);
var concurrency = SampleCli.Positive("--concurrency", "Requests (chunks) in flight at once.", 4);
var inject429 = SampleCli.Share("--inject-429", "Emulator only: share of requests answered 429 (0 to 1). A write answered 429 is never blindly resent: the batching core stops and the summary shows which rows were not applied.", 0);
var command = new RootCommand("Pushes plants through the batching core (chunks, concurrency, throttle) with a live progress view and a summary table. Exits 0 when every row was accepted.")
{
    rows, chunkSize, concurrency, inject429,
};
target.AddTo(command);
command.SetAction((parse, cancellationToken) => RunAsync(parse, cancellationToken));
return await SampleCli.RunAsync(command, args);

async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
{
    if (parse.GetValue(target.State) is not null && parse.GetValue(target.Environment) == MetrcEnvironment.Production && parse.GetValue(target.BaseAddress) is null)
    {
        throw new SampleUsageException("BulkSubmit writes thousands of plantings; it only runs against a sandbox, an emulator or --base-address, not Production.");
    }

    var emulatorOptions = new MetrcEmulatorOptions { FacilitiesPerState = 1 };
    await using MetrcTarget metrc = await target.ResolveAsync(parse, emulatorOptions, cancellationToken);
    if (metrc.Emulator is { } emulator && parse.GetValue(inject429) is > 0 and var share)
    {
        emulator.Faults.Add(new EmulatorFaultRule { Kind = EmulatorFaultKind.TooManyRequests, Probability = share });
    }

    var wire = new WireStatistics();
    var services = new ServiceCollection();
    IMetrcClientBuilder builder = services.AddMetrcClient(o =>
    {
        metrc.Configure(o);
        o.Batching.DefaultChunkSize = parse.GetValue(chunkSize);
        o.Batching.MaxConcurrentChunks = parse.GetValue(concurrency);
    });
    builder.HttpClientBuilder.AddHttpMessageHandler(wire.CreateHandler);
    await using ServiceProvider provider = services.BuildServiceProvider();
    MetrcClientOptions options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetrcClientOptions>>().Value;
    IMetrcClient client = provider.GetRequiredService<IMetrcClientFactory>().Create(metrc.State, metrc.Credentials);

    int total = parse.GetValue(rows);
    LocalDate today = client.Clock.GetToday(metrc.License);
    string run = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    IEnumerable<CreatePlantingsRequest> plantings = Enumerable.Range(1, total).Select(i => new CreatePlantingsRequest
    {
        Name = $"BULK-{run}-{i:D5}",
        Type = "Clone",
        Count = 1,
        Strain = "Blue Dream",
        Location = "Veg Room",
        ActualDate = today,
    });

    // Metrc's bound: the fastest its limits allow for this many requests (per-facility request rate, and at most
    // the concurrency limit in flight). Nothing can finish sooner than requests / rate.
    int chunk = parse.GetValue(chunkSize);
    int requests = (total + chunk - 1) / chunk;
    int rate = options.Throttling.WritesPerSecondPerFacility ?? options.Throttling.GetsPerSecondPerFacility;
    TimeSpan bound = TimeSpan.FromSeconds(requests / (double)rate);
    string boundText = $"{bound.TotalSeconds:N2} s ({requests:N0} requests at {rate}/s per facility, {Math.Min(parse.GetValue(concurrency), options.Throttling.ConcurrentPerFacility)} in flight)";

    AnsiConsole.MarkupLine($"Submitting [bold]{total:N0}[/] plants to {Markup.Escape(metrc.ToString())} in chunks of {chunk} ({parse.GetValue(concurrency)} at once).");
    var progress = new LatestProgress();
    var clock = Stopwatch.StartNew();
    Task<MetrcBatchResult<CreatePlantingsRequest>> submit = client.Batches.WriteAsync(
        MetrcWriteOperations.PlantBatches.CreatePlantings, metrc.License, plantings,
        new MetrcRequestOptions { Batch = new MetrcBatchOptions { Progress = progress } },
        cancellationToken);

    await AnsiConsole.Live(View(progress.Value, wire, total, clock.Elapsed, boundText))
        .AutoClear(false)
        .StartAsync(async context =>
        {
            while (!submit.IsCompleted)
            {
                await Task.WhenAny(submit, Task.Delay(100, CancellationToken.None));
                context.UpdateTarget(View(progress.Value, wire, total, clock.Elapsed, boundText));
            }
        });
    MetrcBatchResult<CreatePlantingsRequest> result = await submit;
    clock.Stop();

    var summary = new Table().Title("[bold]BulkSubmit summary[/]").AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
    summary.AddRow("Rows", $"{result.Rows.Count:N0}");
    summary.AddRow("Accepted / rejected / failed / not sent", $"{result.SucceededCount:N0} / {result.RejectedCount:N0} / {result.FailedCount:N0} / {result.NotSentCount:N0}");
    summary.AddRow("Write requests (batching core)", $"{result.Requests:N0}");
    summary.AddRow("HTTP attempts (incl. retries)", $"{wire.Requests:N0}");
    summary.AddRow("429s seen", $"{wire.TooManyRequests:N0}");
    summary.AddRow("Peak requests in flight", $"{wire.PeakInFlight}");
    summary.AddRow("Elapsed", $"{clock.Elapsed.TotalSeconds:N2} s");
    summary.AddRow("Metrc's bound for these limits", Markup.Escape(boundText));
    summary.AddRow("Rows/s", $"{result.Rows.Count / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}");
    AnsiConsole.Write(summary);
    if (result.Error is { } error)
    {
        AnsiConsole.MarkupLine($"[red]Stopped:[/] {Markup.Escape(error.Message)}");
    }

    foreach (MetrcRowOutcome<CreatePlantingsRequest> row in result.Rows.Where(r => r.Status == MetrcRowStatus.Rejected).Take(5))
    {
        AnsiConsole.MarkupLine($"[yellow]Row {row.Index} ({Markup.Escape(row.Row.Name)}):[/] {Markup.Escape(row.Message ?? string.Empty)}");
    }

    return result.IsSuccess ? 0 : 1;
}

static Table View(BatchProgress progress, WireStatistics wire, int total, TimeSpan elapsed, string bound)
{
    double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
    var table = new Table().Border(TableBorder.Rounded).AddColumn("Live").AddColumn(new TableColumn("Value").RightAligned());
    table.AddRow("Rows sent / accepted", $"{progress.RowsSent:N0} / {progress.RowsAccepted:N0} of {total:N0} ({progress.RowsSent / (double)total:P0})");
    table.AddRow("Rows/s", $"{progress.RowsSent / seconds:N0}");
    table.AddRow("Chunks in flight", $"{wire.InFlight}");
    table.AddRow("429s seen", wire.TooManyRequests == 0 ? "0" : $"[yellow]{wire.TooManyRequests:N0}[/]");
    table.AddRow("Elapsed vs Metrc's bound", $"{seconds:N2} s vs {Markup.Escape(bound)}");
    return table;
}

/// <summary>Keeps the latest progress report (reported synchronously by the batching core; read by the display loop).</summary>
internal sealed class LatestProgress : IProgress<BatchProgress>
{
    private BatchProgress _value;
    private readonly Lock _lock = new();

    public BatchProgress Value
    {
        get
        {
            lock (_lock)
            {
                return _value;
            }
        }
    }

    public void Report(BatchProgress value)
    {
        lock (_lock)
        {
            _value = value;
        }
    }
}
