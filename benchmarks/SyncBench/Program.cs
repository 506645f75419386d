// Measured sync-down runs against the emulator at Metrc's limits (50 GET/s per facility, 150 per vendor key, 10/30 in
// flight). Results go to docs/benchmarks/sync.md.
//
//   dotnet run -c Release --project benchmarks/SyncBench -- single   100,000 packages (5,000 pages) of one facility, one process
//   dotnet run -c Release --project benchmarks/SyncBench -- redis    4 processes x 25,000 packages, one vendor key, limits shared through Redis
//
// Both read the packages.active section with MetrcSync's first (full) run into a counting sink; the SDK runs with its
// default throttling options. Optional second argument: a scale factor applied to every limit on both sides; 0 turns
// the limits off on both sides (a control run: what this machine can do at that moment without any rate limit).
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Metrc.Sdk;
using Metrc.Sdk.Sync;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

string mode = args.Length > 0 ? args[0] : "single";
int scale = args.Length > 1 && mode != "child" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
return mode switch
{
    "single" => await SingleAsync(scale),
    "redis" => await RedisAsync(scale),
    "child" => await ChildAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: single [scale] | redis [scale]");
    return 2;
}

static MetrcEmulatorOptions EmulatorOptions(int facilities, int scale)
{
    var options = new MetrcEmulatorOptions { FacilitiesPerState = facilities, TagsPerFacility = 10 };
    options.RateLimits.Enabled = scale > 0;
    options.RateLimits.GetsPerSecondPerFacility *= Math.Max(scale, 1);
    options.RateLimits.GetsPerSecondPerVendorKey *= Math.Max(scale, 1);
    return options;
}

static void Scale(MetrcClientOptions o, int scale)
{
    o.Throttling.Enabled = scale > 0;
    o.Throttling.GetsPerSecondPerFacility *= Math.Max(scale, 1);
    o.Throttling.GetsPerSecondPerVendorKey *= Math.Max(scale, 1);
}

static void Seed(MetrcEmulator emulator, EmulatedFacility facility, int total)
{
    // The emulator seeds 3 packages per facility; top up to the exact total so the list is total / 20 full pages.
    DateTimeOffset now = DateTimeOffset.UtcNow;
    emulator.AddPackages(facility.State, facility.LicenseNumber, total - facility.SeededPackages.Count, now.AddDays(-30), now.AddHours(-1));
}

static async Task<int> SingleAsync(int scale)
{
    const int Total = 100_000;
    await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(EmulatorOptions(1, scale));
    EmulatedFacility facility = emulator.Facilities[0];
    Seed(emulator, facility, Total);
    await using var factory = new MetrcClientFactory(o =>
    {
        o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.BaseAddress };
        Scale(o, scale);
    });
    IMetrcClient client = factory.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, facility.UserKey));
    var sink = new CountingSink();
    var sync = new MetrcSync(new InMemorySyncCheckpointStore());

    long before = emulator.GetStatistics().TotalRequests;
    var clock = Stopwatch.StartNew();
    SyncRunResult result = await sync.RunAsync(client, facility.LicenseNumber, sink, [MetrcSyncSections.Get("packages.active")]);
    clock.Stop();

    EmulatorStatistics stats = emulator.GetStatistics();
    long requests = stats.TotalRequests - before;
    double bound = requests / (50.0 * Math.Max(scale, 1));
    double seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine("| Measure | Value |");
    Console.WriteLine("| --- | ---: |");
    Console.WriteLine(scale == 0 ? "| Limits (emulator and SDK) | off (control run) |" : $"| Limits (emulator and SDK) | {50 * scale}/s per facility, {150 * scale}/s per vendor key (scale {scale}) |");
    Console.WriteLine($"| Packages delivered to the sink | {sink.Records:N0} (distinct ids {sink.Distinct:N0}) |");
    Console.WriteLine($"| GET requests | {requests:N0} |");
    Console.WriteLine($"| Elapsed | {seconds:N1} s |");
    Console.WriteLine(scale == 0 ? "| Bound | none (limits off) |" : $"| Bound at {50 * scale}/s | {bound:N1} s |");
    Console.WriteLine(scale == 0 ? "| Elapsed / 100 s | " + (seconds / bound).ToString("N3", CultureInfo.InvariantCulture) + " |" : $"| Elapsed / bound | {seconds / bound:N3} |");
    Console.WriteLine($"| 429s served by the emulator | {stats.RateLimited:N0} |");
    Console.WriteLine($"| Achieved rate | {requests / seconds:N1} GET/s |");
    Console.WriteLine($"| CPU time of the process (emulator + SDK) | {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:N1} s |");
    Console.WriteLine($"| Working set at the end | {Environment.WorkingSet / 1024 / 1024:N0} MB (emulator + SDK in one process) |");
    Console.WriteLine($"| Machine load average (1/5/15 min) at the end | {File.ReadAllText("/proc/loadavg").Split(' ')[0..3].Aggregate((a, b) => a + " / " + b)} |");
    return result.Succeeded && sink.Records == Total && stats.RateLimited == 0 && (scale == 0 || seconds <= 1.1 * bound) ? 0 : 1;
}

static async Task<int> RedisAsync(int scale)
{
    const int PerFacility = 25_000;
    int port = FreePort();
    using Process redis = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no") { RedirectStandardOutput = true })!;
    try
    {
        await Task.Delay(500);
        await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(EmulatorOptions(4, scale));
        foreach (EmulatedFacility f in emulator.Facilities)
        {
            Seed(emulator, f, PerFacility);
        }

        bool viaDotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet";
        var clock = Stopwatch.StartNew();
        Process[] children = [.. emulator.Facilities.Select(f => Process.Start(new ProcessStartInfo(
            Environment.ProcessPath!,
            [.. viaDotnet ? [typeof(Program).Assembly.Location] : Array.Empty<string>(), "child", emulator.BaseAddress.ToString(), $"127.0.0.1:{port}",
                emulator.VendorKey, f.UserKey, f.LicenseNumber, scale.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        })!)];
        var lines = new List<string[]>();
        foreach (Process child in children)
        {
            await child.WaitForExitAsync();
            lines.Add((await child.StandardOutput.ReadToEndAsync()).Trim().Split(' '));
        }

        clock.Stop();
        EmulatorStatistics stats = emulator.GetStatistics();
        long records = lines.Sum(l => long.Parse(l[0], CultureInfo.InvariantCulture));
        DateTimeOffset start = lines.Min(l => DateTimeOffset.Parse(l[1], CultureInfo.InvariantCulture));
        DateTimeOffset end = lines.Max(l => DateTimeOffset.Parse(l[2], CultureInfo.InvariantCulture));
        long requests = stats.RequestsByFacility.Values.Sum();
        double bound = requests / (150.0 * Math.Max(scale, 1));
        double seconds = (end - start).TotalSeconds;
        Console.WriteLine("| Measure | Value |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine(scale == 0 ? "| Limits (emulator and SDK) | off (control run) |" : $"| Limits (emulator and SDK) | {50 * scale}/s per facility, {150 * scale}/s per vendor key (scale {scale}) |");
        Console.WriteLine($"| Processes (one facility each, one vendor key, Redis-shared limits) | {children.Length} |");
        Console.WriteLine($"| Packages delivered (all processes) | {records:N0} |");
        Console.WriteLine($"| GET requests | {requests:N0} |");
        Console.WriteLine($"| Sync time (first child's start to last child's end) | {seconds:N1} s |");
        Console.WriteLine($"| Elapsed incl. process start | {clock.Elapsed.TotalSeconds:N1} s |");
        Console.WriteLine($"| Bound at {150 * scale}/s | {bound:N1} s |");
        Console.WriteLine($"| Sync time / bound | {seconds / bound:N3} |");
        foreach ((string facility, long count) in stats.RequestsByFacility.OrderBy(f => f.Key))
        {
            Console.WriteLine($"| {facility} requests | {count:N0} |");
        }

        Console.WriteLine($"| 429s served by the emulator | {stats.RateLimited:N0} |");
        Console.WriteLine($"| Machine load average (1/5/15 min) at the end | {File.ReadAllText("/proc/loadavg").Split(' ')[0..3].Aggregate((a, b) => a + " / " + b)} |");
        return records == 4 * PerFacility && stats.RateLimited == 0 && seconds <= 1.1 * bound ? 0 : 1;
    }
    finally
    {
        redis.Kill();
    }
}

static async Task<int> ChildAsync(string[] args)
{
    (Uri baseAddress, string redis, string vendorKey, string userKey, string license, int scale) =
        (new Uri(args[1]), args[2], args[3], args[4], args[5], int.Parse(args[6], CultureInfo.InvariantCulture));
    var services = new ServiceCollection();
    services.AddMetrcClient(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = baseAddress };
            Scale(o, scale);
        })
        .AddCredentialProvider(new StaticMetrcCredentialProvider(new MetrcCredentials(vendorKey, userKey)))
        .UseRedisRateLimiting(redis);
    await using ServiceProvider provider = services.BuildServiceProvider();
    IMetrcClient client = provider.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co);
    var sink = new CountingSink();
    var sync = new MetrcSync(new InMemorySyncCheckpointStore());
    DateTimeOffset start = DateTimeOffset.UtcNow;
    await sync.RunAsync(client, license, sink, [MetrcSyncSections.Get("packages.active")]);
    DateTimeOffset end = DateTimeOffset.UtcNow;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sink.Records} {start:O} {end:O}"));
    return 0;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

internal sealed class CountingSink : ISyncSink
{
    private readonly HashSet<long> _ids = [];

    public long Records { get; private set; }

    public int Distinct => _ids.Count;

    public ValueTask HandleAsync(SyncBatch batch, CancellationToken cancellationToken)
    {
        Records += batch.Count;
        foreach (SyncRecordKey key in batch.Keys)
        {
            _ids.Add(key.Id);
        }

        return ValueTask.CompletedTask;
    }
}
