// The reliability drill: 10,000 plant-batch and package writes through the durable outbox into an emulator that
// injects faults into 10% of all requests, then a count of every row the emulator holds.
//
//   dotnet run -c Release --project samples/FaultDrill -- [--rows 10000] [--rows-per-entry 10] [--fault-rate 0.1] [--seed 2026]
//
// Exits 0 when every row is there exactly once, 1 otherwise.
using System.Globalization;
using Metrc.Sdk.Samples.FaultDrill;

var options = new DrillOptions();
for (int i = 0; i + 1 < args.Length; i += 2)
{
    string value = args[i + 1];
    options = args[i] switch
    {
        "--rows" => options with { Rows = int.Parse(value, CultureInfo.InvariantCulture) },
        "--rows-per-entry" => options with { RowsPerEntry = int.Parse(value, CultureInfo.InvariantCulture) },
        "--fault-rate" => options with { FaultRate = double.Parse(value, CultureInfo.InvariantCulture) },
        "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
        _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: --rows N --rows-per-entry N --fault-rate 0.1 --seed N"),
    };
}

DrillResult result = await Drill.RunAsync(options, Console.Out);
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
