using BenchmarkDotNet.Attributes;
using Metrc.Sdk.Testing;

namespace Metrc.Sdk.Benchmarks;

/// <summary>
/// Simple GETs against the emulator with rate limits off, 32 in flight, raw HttpClient (so the server is measured).
/// Requests per second = 1 / (mean time per operation). Goal: ≥ 20,000 GETs/s on loopback.
/// </summary>
[MemoryDiagnoser]
public class EmulatorThroughputBenchmarks
{
    private const int Requests = 4_000;
    private const int InFlight = 32;

    private MetrcEmulator _emulator = null!;
    private HttpClient _http = null!;
    private string _path = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var options = new MetrcEmulatorOptions { TagsPerFacility = 50 };
        options.RateLimits.Enabled = false;
        _emulator = await MetrcEmulator.StartAsync(options);
        EmulatedFacility facility = _emulator.Facilities[0];
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = InFlight }) { BaseAddress = _emulator.BaseAddress };
        _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{_emulator.VendorKey}:{facility.UserKey}")));
        _path = $"strains/v2/active?licenseNumber={facility.LicenseNumber}&pageNumber=1&pageSize=20";
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = Requests)]
    public async Task SimpleGets()
    {
        int next = 0;
        var workers = new Task[InFlight];
        for (int w = 0; w < InFlight; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) <= Requests)
                {
                    using HttpResponseMessage response = await _http.GetAsync(_path);
                    response.EnsureSuccessStatusCode();
                    await response.Content.CopyToAsync(Stream.Null);
                }
            });
        }

        await Task.WhenAll(workers);
    }
}
