// Measured runs of the throttle against the emulator with Metrc's default limits (50 GET/s per facility, 150 per
// vendor key, 10/30 in flight). Results go to docs/benchmarks/throttling.md.
//
//   dotnet run -c Release --project samples/ThrottleBench -- single    2,000 GETs for one facility in one process
//   dotnet run -c Release --project samples/ThrottleBench -- redis     4 processes, 4 facilities, one vendor key, Redis
//   dotnet run -c Release --project samples/ThrottleBench -- storm     the emulator answers 30% of requests with 429
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Metrc.Sdk;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

string mode = args.Length > 0 ? args[0] : "single";
return mode switch
{
    "single" => await SingleAsync(),
    "redis" => await RedisAsync(),
    "storm" => await StormAsync(),
    "child" => await ChildAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: single | redis | storm");
    return 2;
}

static async Task<int> SingleAsync()
{
    await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(new MetrcEmulatorOptions { FacilitiesPerState = 1 });
    EmulatedFacility facility = emulator.Facilities[0];
    await using var factory = new MetrcClientFactory(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.BaseAddress });
    IMetrcClient client = factory.Create(MetrcState.Co, new MetrcCredentials(emulator.VendorKey, facility.UserKey));

    const int Gets = 2_000;
    int next = 0, failed = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) <= Gets)
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
    double rate = Gets / clock.Elapsed.TotalSeconds;
    Console.WriteLine("| Measure | Value |");
    Console.WriteLine("| --- | ---: |");
    Console.WriteLine($"| GETs (one facility, 20 callers) | {Gets:N0} |");
    Console.WriteLine($"| Elapsed | {clock.Elapsed.TotalSeconds:N1} s |");
    Console.WriteLine($"| Achieved rate | {rate:N1}/s ({rate / 50:P1} of 50/s) |");
    Console.WriteLine($"| 429s served by the emulator | {stats.RateLimited:N0} |");
    Console.WriteLine($"| Failed calls | {failed:N0} |");
    Console.WriteLine($"| Peak concurrency seen by the emulator | {stats.PeakConcurrency} |");
    return stats.RateLimited == 0 && failed == 0 && rate >= 47.5 ? 0 : 1;
}

static async Task<int> RedisAsync()
{
    int port = FreePort();
    using Process redis = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no") { RedirectStandardOutput = true })!;
    try
    {
        await Task.Delay(500);
        await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(new MetrcEmulatorOptions { FacilitiesPerState = 4 });
        const int Seconds = 20;
        var clock = Stopwatch.StartNew();
        // Run as "dotnet ThrottleBench.dll ..." or as the apphost: start the children the same way.
        bool viaDotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet";
        Process[] children = [.. emulator.Facilities.Select(f => Process.Start(new ProcessStartInfo(
            Environment.ProcessPath!,
            [.. viaDotnet ? [typeof(Program).Assembly.Location] : Array.Empty<string>(), "child", emulator.BaseAddress.ToString(), $"127.0.0.1:{port}", emulator.VendorKey, f.UserKey, f.LicenseNumber, Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)])
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
        Console.WriteLine($"| Combined rate | {total / (double)Seconds:N1}/s over the {Seconds} s window ({total / (double)Seconds / 150:P1} of 150/s) |");
        foreach ((string facility, long count) in stats.RequestsByFacility.OrderBy(f => f.Key))
        {
            Console.WriteLine($"| {facility} | {count:N0} ({count / (double)Seconds:N1}/s) |");
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

static async Task<int> StormAsync()
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
    for (int i = 0; i < 200; i++)
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

    for (int i = 0; i < 100; i++)
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
