using System.Diagnostics;
using System.Text;
using Metrc.Sdk.Models;
using Metrc.Sdk.Outbox;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>
/// The durable outbox's promise, tested the hard way: a separate worker process (samples/OutboxDrain) drains a SQLite
/// outbox into the emulator and is killed with SIGKILL in the middle of the drain, several times, then restarted until
/// the outbox is empty. The emulator must hold every row exactly once.
/// </summary>
public sealed class OutboxCrashRecoveryTests : IAsyncLifetime
{
    private const int Entries = 120;
    private const int RowsPerEntry = 4;

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"metrc-crash-{Guid.NewGuid():N}.db");
    private readonly StringBuilder _workerOutput = new();
    private MetrcEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        var options = new MetrcEmulatorOptions { TagsPerFacility = (Entries * RowsPerEntry / 2) + 16, FacilitiesPerState = 1 };
        options.RateLimits.Enabled = false;
        _emulator = await MetrcEmulator.StartAsync(options);

        // Every write is slow enough to be killed in the middle of, and some commit and then lose their answer.
        _emulator.Faults.Add(new EmulatorFaultRule { Kind = EmulatorFaultKind.AbortAfterCommit, Method = "POST", Probability = 0.05 });
        _emulator.Faults.Add(new EmulatorFaultRule { Kind = EmulatorFaultKind.Latency, Method = "POST", Latency = TimeSpan.FromMilliseconds(40) });
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Fact]
    public async Task A_worker_killed_mid_drain_three_times_leaves_every_row_written_exactly_once()
    {
        EmulatedFacility facility = _emulator.Facilities[0];
        List<string> expected = await EnqueueAsync(facility);

        int[] killAfter = [expected.Count / 4, expected.Count / 2, expected.Count * 3 / 4];
        foreach (int target in killAfter)
        {
            using Process worker = StartWorker(facility, untilEmpty: false);
            await WaitUntilAsync(() => Written(expected) >= target, worker, TimeSpan.FromMinutes(2));
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }

        Assert.InRange(Written(expected), killAfter[^1], expected.Count - 1);

        using (Process last = StartWorker(facility, untilEmpty: true))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await last.WaitForExitAsync(timeout.Token);
            Assert.True(last.ExitCode == 0, $"The worker failed:\n{_workerOutput}");
        }

        IReadOnlyDictionary<string, int> counts = _emulator.GetWriteCounts();
        string[] lost = [.. expected.Where(k => counts.GetValueOrDefault(k) == 0)];
        string[] duplicated = [.. expected.Where(k => counts.GetValueOrDefault(k) > 1)];
        Assert.True(lost.Length == 0, $"Lost: {string.Join(", ", lost)}");
        Assert.True(duplicated.Length == 0, $"Duplicated: {string.Join(", ", duplicated)}");

        await using ServiceProvider services = OutboxServices();
        IReadOnlyList<OutboxEntry> done = await services.GetRequiredService<IMetrcOutbox>()
            .QueryAsync(OutboxQuery.ByStatus(OutboxEntryStatus.Succeeded) with { Limit = Entries * 2 });
        Assert.Equal(Entries, done.Count);
    }

    private async Task<List<string>> EnqueueAsync(EmulatedFacility facility)
    {
        await using ServiceProvider services = OutboxServices();
        IMetrcOutbox outbox = services.GetRequiredService<IMetrcOutbox>();
        LocalDate today = new MetrcClock(MetrcState.Co).GetToday(facility.LicenseNumber).PlusDays(-1);
        var expected = new List<string>();
        int nextTag = 0;
        for (int entry = 0; entry < Entries; entry++)
        {
            if (entry % 2 == 0)
            {
                string[] tags = [.. facility.PackageTags.Skip(nextTag).Take(RowsPerEntry)];
                nextTag += RowsPerEntry;
                await outbox.EnqueueAsync(MetrcState.Co, facility.LicenseNumber, MetrcOutboxOperations.Packages.Create, tags.Select(tag => new CreatePackageRequest
                {
                    Tag = tag,
                    Item = "Buds",
                    Quantity = 0.1m,
                    UnitOfMeasure = "Grams",
                    ActualDate = today,
                    Ingredients = [new PackageIngredient { Package = facility.SeededPackages[^1], Quantity = 0.1m, UnitOfMeasure = "Grams" }],
                }));
                expected.AddRange(tags.Select(t => $"tag:{t}"));
            }
            else
            {
                string[] names = [.. Enumerable.Range(entry * RowsPerEntry, RowsPerEntry).Select(n => $"CRASH-{n:D5}")];
                await outbox.EnqueueAsync(MetrcState.Co, facility.LicenseNumber, MetrcOutboxOperations.PlantBatches.CreatePlantings, names.Select(name => new CreatePlantingsRequest
                {
                    Name = name,
                    Type = "Clone",
                    Count = 1,
                    Strain = "Blue Dream",
                    Location = "Veg Room",
                    ActualDate = today,
                }));
                expected.AddRange(names.Select(n => $"batch:{facility.LicenseNumber}:{n}"));
            }
        }

        return expected;
    }

    private ServiceProvider OutboxServices()
    {
        var services = new ServiceCollection();
        services.AddMetrcClient(o => o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = _emulator.BaseAddress })
            .AddCredentialProvider(new StaticMetrcCredentialProvider(new MetrcCredentials(_emulator.VendorKey, _emulator.AllFacilitiesUserKey)))
            .UseSqliteOutbox($"Data Source={_database}");
        return services.BuildServiceProvider();
    }

    private int Written(List<string> expected)
    {
        IReadOnlyDictionary<string, int> counts = _emulator.GetWriteCounts();
        return expected.Count(k => counts.ContainsKey(k));
    }

    private Process StartWorker(EmulatedFacility facility, bool untilEmpty)
    {
        // This test runs from tests/<project>/bin/<configuration>/<tfm>/; the worker was built (project reference) into
        // samples/OutboxDrain/bin/<configuration>/<tfm>/ with its own runtime configuration and dependencies.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string repository = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        string worker = Path.Combine(repository, "samples", "OutboxDrain", "bin", output.Parent.Name, output.Name, "OutboxDrain.dll");
        Assert.True(File.Exists(worker), $"{worker} is missing: the test project references samples/OutboxDrain, which builds it.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])[
            worker, "--db", _database, "--state", "co", "--base-address", _emulator.GetBaseAddress(MetrcState.Co).ToString(), "--license", facility.LicenseNumber])
        {
            start.ArgumentList.Add(argument);
        }

        // Keys come from the environment, as for any real state (never from the command line, which other users can see).
        start.Environment["METRC_VENDOR_KEY"] = _emulator.VendorKey;
        start.Environment["METRC_USER_KEY"] = facility.UserKey;

        if (untilEmpty)
        {
            start.ArgumentList.Add("--until-empty");
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_workerOutput)
            {
                _workerOutput.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilAsync(Func<bool> condition, Process worker, TimeSpan limit)
    {
        // Polls a separate process's progress; nothing here asserts on time.
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (worker.HasExited)
            {
                Assert.Fail($"The worker exited early ({worker.ExitCode}):\n{_workerOutput}");
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No progress within {limit}:\n{_workerOutput}");
            }

            await Task.Delay(10);
        }
    }
}
