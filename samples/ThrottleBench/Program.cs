// Measured runs of the throttle against the emulator with Metrc's default limits (50 GET/s per facility, 150 per
// vendor key, 10/30 in flight). Results go to docs/benchmarks/throttling.md.
//
//   dotnet run -c Release --project samples/ThrottleBench -- single    2,000 GETs for one facility in one process
//   dotnet run -c Release --project samples/ThrottleBench -- redis     4 processes, 4 facilities, one vendor key, Redis
//   dotnet run -c Release --project samples/ThrottleBench -- storm     the emulator answers 30% of requests with 429
//   (--help on each command lists its options; the README test command runs single --gets 100 --min-rate 0)
using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Metrc.Sdk;
using Metrc.Sdk.Models;
using Metrc.Sdk.Samples;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var gets = SampleCli.Positive("--gets", "GETs to send.", 2_000);
var minRate = new Option<double>("--min-rate") { Description = "Exit 1 below this rate (GET/s); 0 to only report (quick runs on a busy machine).", DefaultValueFactory = _ => 47.5 };
var single = new Command("single", "GETs for one facility in one process, 20 callers (the default).") { gets, minRate };
single.SetAction((parse, _) => SingleAsync(parse.GetValue(gets), parse.GetValue(minRate)));
var seconds = SampleCli.Positive("--seconds", "How long the processes run.", 20);
var redis = new Command("redis", "4 processes, 4 facilities, one vendor key, limits shared through Redis (needs redis-server).") { seconds };
redis.SetAction((parse, _) => RedisAsync(parse.GetValue(seconds)));
var stormGets = SampleCli.Positive("--gets", "GETs to send.", 200);
var stormPosts = SampleCli.Positive("--posts", "POSTs to send.", 100);
var storm = new Command("storm", "The emulator answers 30% of requests with 429: GETs are retried, POSTs are never resent.") { stormGets, stormPosts };
storm.SetAction((parse, _) => StormAsync(parse.GetValue(stormGets), parse.GetValue(stormPosts)));
var childArguments = new Argument<string[]>("arguments") { Arity = ArgumentArity.ZeroOrMore };
var child = new Command("child", "One process of the redis run (started by it).") { Hidden = true };
child.Arguments.Add(childArguments);
child.SetAction((parse, _) => ChildAsync(["child", .. parse.GetValue(childArguments) ?? []]));
var command = new RootCommand("Measured runs of the throttle against the emulator with Metrc's default limits (50 GET/s per facility, 150 per vendor key, 10/30 in flight).")
{
    single, redis, storm, child,
};
command.SetAction((_, _) => SingleAsync(2_000, 47.5));
return await SampleCli.RunAsync(command, args);

static async Task<int> SingleAsync(int gets, double minRate)
{
    await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(new MetrcEmulatorOptions { FacilitiesPerState = 1 });
    EmulatedFacility facility = emulator.Facilities[0];
    await using var factory = new MetrcClientFactory(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.BaseAddress });
    IMetrcClient client = factory.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, facility.UserKey));

    int next = 0, failed = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) <= gets)
        {
            try
            {
                await client.Strains.ListActiveAsync(facility.LicenseNumber).GetPageAsync();
            }
            catch (MetrcException)
            {
                Interlocked.Increment(ref failed);
            }
        }
    }));
    clock.Stop();

    EmulatorStatistics stats = emulator.GetStatistics();
    double rate = gets / clock.Elapsed.TotalSeconds;
    Console.WriteLine("| Measure | Value |");
    Console.WriteLine("| --- | ---: |");
    Console.WriteLine($"| GETs (one facility, 20 callers) | {gets:N0} |");
    Console.WriteLine($"| Elapsed | {clock.Elapsed.TotalSeconds:N1} s |");
    Console.WriteLine($"| Achieved rate | {rate:N1}/s ({rate / 50:P1} of 50/s) |");
    Console.WriteLine($"| 429s served by the emulator | {stats.RateLimited:N0} |");
    Console.WriteLine($"| Failed calls | {failed:N0} |");
    Console.WriteLine($"| Peak concurrency seen by the emulator | {stats.PeakConcurrency} |");
    return stats.RateLimited == 0 && failed == 0 && rate >= minRate ? 0 : 1;
}

static async Task<int> RedisAsync(int windowSeconds)
{
    int port = FreePort();
    using Process redis = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no") { RedirectStandardOutput = true })!;
    try
    {
        await Task.Delay(500);
        await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(new MetrcEmulatorOptions { FacilitiesPerState = 4 });
        var clock = Stopwatch.StartNew();
        // Run as "dotnet ThrottleBench.dll ..." or as the apphost: start the children the same way.
        bool viaDotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet";
        Process[] children = [.. emulator.Facilities.Select(f => Process.Start(new ProcessStartInfo(
            Environment.ProcessPath!,
            [.. viaDotnet ? [typeof(Program).Assembly.Location] : Array.Empty<string>(), "child", emulator.BaseAddress.ToString(), $"127.0.0.1:{port}", emulator.VendorKey, f.UserKey, f.LicenseNumber, windowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        })!)];
        int failed = 0;
        foreach (Process child in children)
        {
            await child.WaitForExitAsync();
            failed += int.Parse((await child.StandardOutput.ReadToEndAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        clock.Stop();
        EmulatorStatistics stats = emulator.GetStatistics();
        long total = stats.RequestsByFacility.Values.Sum();
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine("| Measure | Value |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine($"| Processes (one facility each, one vendor key, 20 callers each) | {children.Length} |");
        Console.WriteLine($"| Elapsed (incl. process start) | {seconds:N1} s |");
        Console.WriteLine($"| GETs served | {total:N0} |");
        Console.WriteLine($"| Combined rate | {total / (double)windowSeconds:N1}/s over the {windowSeconds} s window ({total / (double)windowSeconds / 150:P1} of 150/s) |");
        foreach ((string facility, long count) in stats.RequestsByFacility.OrderBy(f => f.Key))
        {
            Console.WriteLine($"| {facility} | {count:N0} ({count / (double)windowSeconds:N1}/s) |");
        }

        Console.WriteLine($"| 429s served by the emulator | {stats.RateLimited:N0} |");
        Console.WriteLine($"| Failed calls | {failed:N0} |");
        return stats.RateLimited == 0 && failed == 0 ? 0 : 1;
    }
    finally
    {
        redis.Kill();
    }
}

static async Task<int> ChildAsync(string[] args)
{
    (Uri baseAddress, string redis, string vendorKey, string userKey, string license, int seconds) =
        (new Uri(args[1]), args[2], args[3], args[4], args[5], int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture));
    var services = new ServiceCollection();
    services.AddMetrcClient(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = baseAddress })
        .AddCredentialProvider(new StaticMetrcCredentialProvider(new MetrcCredentials(vendorKey, userKey)))
        .UseRedisRateLimiting(redis);
    await using ServiceProvider provider = services.BuildServiceProvider();
    IMetrcClient client = provider.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co);
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    int failed = 0;
    await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await client.Strains.ListActiveAsync(license, cancellationToken: stop.Token).GetPageAsync();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (MetrcException)
            {
                Interlocked.Increment(ref failed);
            }
        }
    }));
    Console.WriteLine(failed);
    return 0;
}

static async Task<int> StormAsync(int gets, int posts)
{
    var options = new MetrcEmulatorOptions { FacilitiesPerState = 1 };
    options.RateLimits.Enabled = false;
    await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(options);
    EmulatedFacility facility = emulator.Facilities[0];
    emulator.Faults.Add(new EmulatorFaultRule { Kind = EmulatorFaultKind.TooManyRequests, Probability = 0.3 });
    await using var factory = new MetrcClientFactory(o =>
    {
        o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.BaseAddress };
        o.Throttling.DefaultPause = TimeSpan.FromMilliseconds(50);
        o.Throttling.MaxPause = TimeSpan.FromMilliseconds(200);
    });
    IMetrcClient client = factory.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, facility.UserKey));

    int getsOk = 0, getsFailed = 0, postsOk = 0, posts429 = 0;
    for (int i = 0; i < gets; i++)
    {
        try
        {
            await client.Strains.ListActiveAsync(facility.LicenseNumber).GetPageAsync();
            getsOk++;
        }
        catch (MetrcRateLimitedException)
        {
            getsFailed++;
        }
    }

    for (int i = 0; i < posts; i++)
    {
        try
        {
            await client.PlantBatches.CreatePlantingsAsync(facility.LicenseNumber, [new CreatePlantingsRequest
            {
                Name = $"STORM-{i}", Type = "Clone", Count = 1, Strain = "Blue Dream", Location = "Veg Room", ActualDate = client.Clock.GetToday(facility.LicenseNumber).PlusDays(-1),
            }]);
            postsOk++;
        }
        catch (MetrcRateLimitedException)
        {
            posts429++;
        }
    }

    EmulatorStatistics stats = emulator.GetStatistics();
    int written = emulator.GetWriteCounts().Count(w => w.Key.Contains("STORM-", StringComparison.Ordinal));
    int duplicated = emulator.GetWriteCounts().Count(w => w.Key.Contains("STORM-", StringComparison.Ordinal) && w.Value > 1);
    Console.WriteLine("| Measure | Value |");
    Console.WriteLine("| --- | ---: |");
    Console.WriteLine($"| 429s injected (30% of requests) | {emulator.Faults.Injected:N0} |");
    Console.WriteLine($"| GETs completed / failed after the retry budget (3 retries) | {getsOk} / {getsFailed} |");
    Console.WriteLine($"| Requests served | {stats.TotalRequests:N0} |");
    Console.WriteLine($"| POST calls accepted / answered 429 (surfaced, not resent) | {postsOk} / {posts429} |");
    Console.WriteLine($"| Plant batches written / written twice | {written} / {duplicated} |");
    return duplicated == 0 && written == postsOk ? 0 : 1;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
