using BenchmarkDotNet.Attributes;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing;
using NodaTime;

namespace Metrc.Sdk.Benchmarks;

/// <summary>
/// End to end: 10,000 plant-batch rows through <c>client.PlantBatches.CreatePlantingsAsync</c> (the SDK's batching,
/// per-request auth, resilience handler and answer parsing) into the bundled Metrc emulator, which checks every row
/// against its lifecycle rules and stores it. Rate limits are off, so the SDK and the emulator are measured, not
/// Metrc's budget. Every iteration sends rows with new batch names (a name can be planted once).
/// </summary>
[MemoryDiagnoser]
public class BatchingEmulatorBenchmarks
{
    private const int Rows = 10_000;

    private MetrcEmulator _emulator = null!;
    private MetrcClientFactory _factory = null!;
    private IMetrcClient _client = null!;
    private string _license = null!;
    private LocalDate _today;
    private CreatePlantingsRequest[] _rows = [];
    private int _iteration;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var options = new MetrcEmulatorOptions { TagsPerFacility = 10 };
        options.RateLimits.Enabled = false;
        _emulator = await MetrcEmulator.StartAsync(options);
        EmulatedFacility facility = _emulator.Facilities[0];
        _license = facility.LicenseNumber;
        _factory = new MetrcClientFactory(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = _emulator.GetBaseAddress(MetrcState.Co) };
            o.MaxRetryAttempts = 0;
        });
        _client = _factory.Create(MetrcState.Co, new MetrcCredentials(_emulator.VendorKey, facility.UserKey));
        _today = _client.Clock.GetToday(_license);
    }

    [IterationSetup]
    public void CreateRows()
    {
        // Rows are built outside the measurement: the benchmark measures sending them, not the caller building them.
        int iteration = ++_iteration;
        _rows = new CreatePlantingsRequest[Rows];
        for (int i = 0; i < Rows; i++)
        {
            _rows[i] = new CreatePlantingsRequest
            {
                Name = $"Bench {iteration}-{i}",
                Type = "Clone",
                Count = 1,
                Strain = "Blue Dream",
                Location = "Veg Room",
                ActualDate = _today,
            };
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _factory.Dispose();
        await _emulator.DisposeAsync();
    }

    [Benchmark]
    public async Task<int> TenThousandRowsToEmulator()
    {
        MetrcWriteResult result = await _client.PlantBatches.CreatePlantingsAsync(_license, _rows);
        if (result.Ids.Count != Rows)
        {
            throw new InvalidOperationException($"The emulator accepted {result.Ids.Count} of {Rows} rows.");
        }

        return result.Ids.Count;
    }
}
