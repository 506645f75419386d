// Runs the Metrc emulator as a standalone server on 127.0.0.1 until Ctrl+C.
//   dotnet run --project samples/Metrc.Emulator -- --port 5055 --states co,mi [--no-rate-limits] [--data emulator.json]
using System.Runtime.InteropServices;
using Metrc.Sdk;
using Metrc.Sdk.Testing;

var options = new MetrcEmulatorOptions { Port = 5055 };
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], out int port):
            options.Port = port;
            i++;
            break;
        case "--states" when i + 1 < args.Length:
            options.States.Clear();
            foreach (string code in args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!MetrcStates.TryParse(code, out MetrcState state))
                {
                    Console.Error.WriteLine($"Unknown state '{code}'.");
                    return 2;
                }

                options.States.Add(state);
            }

            break;
        case "--no-rate-limits":
            options.RateLimits.Enabled = false;
            break;
        case "--data" when i + 1 < args.Length:
            options.PersistencePath = args[++i];
            break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: --port N --states co,mi [--no-rate-limits] [--data FILE]");
            return 2;
    }
}

MetrcEmulator emulator;
try
{
    emulator = await MetrcEmulator.StartAsync(options);
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

Console.WriteLine("Press Ctrl+C to stop.");
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using PosixSignalRegistration onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using PosixSignalRegistration onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

return 0;
