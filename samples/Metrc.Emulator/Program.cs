// Runs the Metrc emulator as a standalone server on 127.0.0.1 until Ctrl+C (or for --run-for seconds).
//   dotnet run --project samples/Metrc.Emulator -- --port 5055 --states co,mi [--no-rate-limits] [--data emulator.json]
using System.CommandLine;
using System.Runtime.InteropServices;
using Metrc.Sdk;
using Metrc.Sdk.Samples;
using Metrc.Sdk.Testing;

var port = new Option<int>("--port") { Description = "The loopback port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5055 };
port.Validators.Add(r =>
{
    if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out int value) && value is < 0 or > 65535)
    {
        r.AddError("--port must be between 0 and 65535.");
    }
});
var states = new Option<string>("--states") { Description = "Comma-separated state codes to emulate.", DefaultValueFactory = _ => "co" };
states.Validators.Add(r =>
{
    foreach (string code in (r.GetValueOrDefault<string>() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
        if (!MetrcStates.TryParse(code, out _))
        {
            r.AddError($"Unknown state '{code}' in --states.");
            return;
        }
    }
});
var noRateLimits = new Option<bool>("--no-rate-limits") { Description = "Serve every request (no 429s)." };
var data = new Option<FileInfo?>("--data") { Description = "Keep the emulator's data in this JSON file across runs." };
var runFor = new Option<int?>("--run-for") { Description = "Stop after this many seconds instead of waiting for Ctrl+C." };
var command = new RootCommand("The Metrc emulator as a standalone server on 127.0.0.1: Metrc's shapes, lifecycle rules, rate limits and fault injection.")
{
    port, states, noRateLimits, data, runFor,
};
command.SetAction(async (parse, cancellationToken) =>
{
    var options = new MetrcEmulatorOptions { Port = parse.GetValue(port) };
    options.States.Clear();
    foreach (string code in parse.GetValue(states)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
        _ = MetrcStates.TryParse(code, out MetrcState state);
        options.States.Add(state);
    }

    options.RateLimits.Enabled = !parse.GetValue(noRateLimits);
    options.PersistencePath = parse.GetValue(data)?.FullName;
    return await ServeAsync(options, parse.GetValue(runFor), cancellationToken);
});
return await SampleCli.RunAsync(command, args);

static async Task<int> ServeAsync(MetrcEmulatorOptions options, int? runFor, CancellationToken cancellationToken)
{
    MetrcEmulator emulator;
    try
    {
        emulator = await MetrcEmulator.StartAsync(options, cancellationToken);
    }
    catch (IOException ex)
    {
        Console.Error.WriteLine($"Could not listen on 127.0.0.1:{options.Port}: {ex.Message} Pick another --port.");
        return 1;
    }

    await using var running = emulator;
    Console.WriteLine($"Vendor key:              {emulator.VendorKey}");
    Console.WriteLine($"User key (all licences): {emulator.AllFacilitiesUserKey}");
    Console.WriteLine($"Webhook host:            {emulator.WebhooksBaseAddress} (X-Metrc-Auth: vendor key)");
    foreach (MetrcState state in options.States)
    {
        Console.WriteLine($"{state}: {emulator.GetBaseAddress(state)}");
    }

    foreach (EmulatedFacility facility in emulator.Facilities)
    {
        Console.WriteLine($"  {facility.LicenseNumber}  user key {facility.UserKey}  first plant tag {facility.PlantTags[0]}  first package tag {facility.PackageTags[0]}");
    }

    Console.WriteLine(runFor is { } seconds ? $"Stopping in {seconds} s." : "Press Ctrl+C to stop.");
    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }

    using PosixSignalRegistration onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using PosixSignalRegistration onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    try
    {
        await Task.Delay(runFor is { } limit ? TimeSpan.FromSeconds(limit) : Timeout.InfiniteTimeSpan, stop.Token);
    }
    catch (OperationCanceledException)
    {
    }

    return 0;
}
