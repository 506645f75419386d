// The reliability drill: 10,000 plant-batch and package writes through the durable outbox into an emulator that
// injects faults into 10% of all requests, then a count of every row the emulator holds.
//
//   dotnet run -c Release --project samples/FaultDrill -- [--rows 10000] [--rows-per-entry 10] [--fault-rate 0.1] [--seed 2026]
//   (--help lists the options; the README test command runs it with --rows 200)
//
// Exits 0 when every row is there exactly once, 1 otherwise.
using System.CommandLine;
using Metrc.Sdk.Samples;
using Metrc.Sdk.Samples.FaultDrill;

var rows = SampleCli.Positive("--rows", "Rows in all: half plantings, half packages.", 10_000, minimum: 2);
var rowsPerEntry = SampleCli.Positive("--rows-per-entry", "Rows per outbox entry (one write request each).", 10);
var faultRate = SampleCli.Share("--fault-rate", "Share of all requests that fail (0 to 1).", 0.1);
var seed = new Option<int>("--seed") { Description = "Seed of the emulator's fault dice.", DefaultValueFactory = _ => 2026 };
var command = new RootCommand("The reliability drill: writes through the durable outbox into an emulator that injects faults, then a count of every row it holds. Exits 0 when every row is there exactly once.")
{
    rows, rowsPerEntry, faultRate, seed,
};
command.SetAction(async (parse, cancellationToken) =>
{
    var options = new DrillOptions { Rows = parse.GetValue(rows), RowsPerEntry = parse.GetValue(rowsPerEntry), FaultRate = parse.GetValue(faultRate), Seed = parse.GetValue(seed) };
    return await RunAsync(options, cancellationToken);
});
return await SampleCli.RunAsync(command, args);

static async Task<int> RunAsync(DrillOptions options, CancellationToken cancellationToken)
{
    DrillResult result = await Drill.RunAsync(options, Console.Out, cancellationToken);
    Console.WriteLine();
    Console.WriteLine("| Measure | Value |");
    Console.WriteLine("| --- | ---: |");
    Console.WriteLine($"| Rows enqueued | {result.RowsEnqueued:N0} |");
    Console.WriteLine($"| Requests served by the emulator | {result.Requests:N0} |");
    foreach ((var kind, int count) in result.Faults.OrderBy(f => f.Key))
    {
        Console.WriteLine($"| Faults injected: {kind} | {count:N0} |");
    }

    Console.WriteLine($"| Faults injected: total | {result.Faults.Values.Sum():N0} |");
    Console.WriteLine($"| Rows held exactly once | {result.RowsExactlyOnce:N0} |");
    Console.WriteLine($"| Rows lost | {result.RowsLost:N0} |");
    Console.WriteLine($"| Rows duplicated | {result.RowsDuplicated:N0} |");
    Console.WriteLine($"| Outbox entries succeeded / not | {result.EntriesSucceeded:N0} / {result.EntriesNotSucceeded:N0} |");
    Console.WriteLine($"| Drain time | {result.Elapsed.TotalSeconds:N1} s |");
    return result.RowsLost == 0 && result.RowsDuplicated == 0 && result.EntriesNotSucceeded == 0 ? 0 : 1;
}
