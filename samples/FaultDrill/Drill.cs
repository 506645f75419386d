using System.Diagnostics;
using Metrc.Sdk.Models;
using Metrc.Sdk.Outbox;
using Metrc.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Metrc.Sdk.Samples.FaultDrill;

/// <summary>What the drill sends and how hostile the emulator is.</summary>
public sealed record DrillOptions
{
    /// <summary>Rows in all: half new plant batches (plantings), half new packages.</summary>
    public int Rows { get; init; } = 10_000;

    /// <summary>Rows per outbox entry (one write request each).</summary>
    public int RowsPerEntry { get; init; } = 10;

    /// <summary>Share of requests that fail, spread evenly over the fault kinds.</summary>
    public double FaultRate { get; init; } = 0.10;

    /// <summary>Whether timeouts (a slow answer the client gives up on) are among the faults.</summary>
    public bool IncludeTimeouts { get; init; } = true;

    /// <summary>Seed of the emulator's fault dice.</summary>
    public int Seed { get; init; } = 2026;
}

/// <summary>What the emulator holds after the drill.</summary>
public sealed record DrillResult
{
    /// <summary>Rows the drill enqueued.</summary>
    public required int RowsEnqueued { get; init; }

    /// <summary>Rows the emulator holds exactly once.</summary>
    public required int RowsExactlyOnce { get; init; }

    /// <summary>Rows the emulator does not hold.</summary>
    public required int RowsLost { get; init; }

    /// <summary>Rows the emulator holds more than once.</summary>
    public required int RowsDuplicated { get; init; }

    /// <summary>Faults injected, per kind.</summary>
    public required IReadOnlyDictionary<EmulatorFaultKind, int> Faults { get; init; }

    /// <summary>Requests the emulator served (writes, reconciling reads, retries).</summary>
    public required long Requests { get; init; }

    /// <summary>Outbox entries that ended <see cref="OutboxEntryStatus.Succeeded"/>.</summary>
    public required int EntriesSucceeded { get; init; }

    /// <summary>Outbox entries that ended in any other state.</summary>
    public required int EntriesNotSucceeded { get; init; }

    /// <summary>Wall-clock time of the drain.</summary>
    public required TimeSpan Elapsed { get; init; }
}

/// <summary>
/// Enqueues plant-batch and package writes into the durable outbox (SQLite) and drains them into an emulator that
/// injects faults into a share of all requests: 500 before commit, 500 after commit, connection abort after commit,
/// 429 and (optionally) answers slower than the client's attempt timeout. Then it counts every natural key the
/// emulator holds: each row must be there exactly once.
/// </summary>
public static class Drill
{
    // Yesterday in the facility's zone (Colorado): a valid business date at any hour of the run.
    private static readonly LocalDate Today = new MetrcClock(MetrcState.Co).GetToday().PlusDays(-1);

    /// <summary>Runs the drill.</summary>
    /// <param name="options">Size and fault rate.</param>
    /// <param name="log">Progress lines, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the drill.</param>
    public static async Task<DrillResult> RunAsync(DrillOptions options, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Rows, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.RowsPerEntry);
        int packages = options.Rows / 2;
        int batches = options.Rows - packages;

        var emulatorOptions = new MetrcEmulatorOptions { TagsPerFacility = packages + 16, FaultSeed = options.Seed, FacilitiesPerState = 1 };
        emulatorOptions.RateLimits.Enabled = false;
        await using MetrcEmulator emulator = await MetrcEmulator.StartAsync(emulatorOptions, cancellationToken).ConfigureAwait(false);
        EmulatedFacility facility = emulator.Facilities[0];
        string database = Path.Combine(Path.GetTempPath(), $"metrc-fault-drill-{Guid.NewGuid():N}.db");

        var services = new ServiceCollection();
        services.AddMetrcClient(o =>
            {
                o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.GetBaseAddress(MetrcState.Co) };
                o.AttemptTimeout = TimeSpan.FromMilliseconds(500);
            })
            .AddCredentialProvider(new StaticMetrcCredentialProvider(new MetrcCredentials(emulator.VendorKey, facility.UserKey)))
            .AddOutbox(o =>
            {
                o.InitialBackoff = TimeSpan.FromMilliseconds(20);
                o.MaxBackoff = TimeSpan.FromMilliseconds(200);
            })
            .UseSqliteOutbox($"Data Source={database}");

        try
        {
            await using ServiceProvider provider = services.BuildServiceProvider();
            IMetrcOutbox outbox = provider.GetRequiredService<IMetrcOutbox>();
            MetrcOutboxDrainer drainer = provider.GetRequiredService<MetrcOutboxDrainer>();
            var expectedKeys = new List<string>(options.Rows);

            string source = facility.SeededPackages[^1];
            foreach (string[] tags in facility.PackageTags.Take(packages).Chunk(options.RowsPerEntry))
            {
                CreatePackageRequest[] rows = [.. tags.Select(tag => NewPackage(tag, source))];
                await outbox.EnqueueAsync(MetrcState.Co, facility.LicenseNumber, MetrcOutboxOperations.Packages.Create, rows, cancellationToken: cancellationToken).ConfigureAwait(false);
                expectedKeys.AddRange(tags.Select(t => $"tag:{t}"));
            }

            foreach (int[] numbers in Enumerable.Range(1, batches).Chunk(options.RowsPerEntry))
            {
                CreatePlantingsRequest[] rows = [.. numbers.Select(n => NewBatch($"DRILL-{n:D6}"))];
                await outbox.EnqueueAsync(MetrcState.Co, facility.LicenseNumber, MetrcOutboxOperations.PlantBatches.CreatePlantings, rows, cancellationToken: cancellationToken).ConfigureAwait(false);
                expectedKeys.AddRange(rows.Select(r => $"batch:{facility.LicenseNumber}:{r.Name}"));
            }

            List<EmulatorFaultRule> rules = AddFaults(emulator.Faults, options);
            log?.WriteLine($"Enqueued {options.Rows} rows in {Math.Ceiling(options.Rows / (double)options.RowsPerEntry)} entries; draining with {options.FaultRate:P0} faults.");

            var clock = Stopwatch.StartNew();
            while (await HasOpenEntriesAsync(outbox, cancellationToken).ConfigureAwait(false))
            {
                if (await drainer.DrainOnceAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    // Everything left is backing off after a fault: wait for the earliest retry.
                    await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken).ConfigureAwait(false);
                }
            }

            clock.Stop();
            emulator.Faults.Clear();

            IReadOnlyDictionary<string, int> counts = emulator.GetWriteCounts();
            int once = 0, lost = 0, duplicated = 0;
            foreach (string key in expectedKeys)
            {
                switch (counts.GetValueOrDefault(key))
                {
                    case 0: lost++; break;
                    case 1: once++; break;
                    default: duplicated++; break;
                }
            }

            IReadOnlyList<OutboxEntry> succeeded = await outbox.QueryAsync(OutboxQuery.ByStatus(OutboxEntryStatus.Succeeded) with { Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false);
            int entries = (options.Rows + options.RowsPerEntry - 1) / options.RowsPerEntry;
            return new DrillResult
            {
                RowsEnqueued = options.Rows,
                RowsExactlyOnce = once,
                RowsLost = lost,
                RowsDuplicated = duplicated,
                Faults = rules.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Sum(r => r.Fired)),
                Requests = emulator.GetStatistics().TotalRequests,
                EntriesSucceeded = succeeded.Count,
                EntriesNotSucceeded = entries - succeeded.Count,
                Elapsed = clock.Elapsed,
            };
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }
    }

    private static List<EmulatorFaultRule> AddFaults(EmulatorFaults faults, DrillOptions options)
    {
        List<EmulatorFaultKind> kinds =
        [
            EmulatorFaultKind.ErrorBeforeCommit, EmulatorFaultKind.ErrorAfterCommit, EmulatorFaultKind.AbortAfterCommit, EmulatorFaultKind.TooManyRequests,
        ];
        if (options.IncludeTimeouts)
        {
            kinds.Add(EmulatorFaultKind.Latency);
        }

        // Rules are tried in order, each with its own dice; p / (1 - share already taken) keeps every kind at rate / n.
        var rules = new List<EmulatorFaultRule>(kinds.Count);
        double each = options.FaultRate / kinds.Count;
        for (int i = 0; i < kinds.Count; i++)
        {
            double probability = each / (1 - (each * i));
            rules.Add(faults.Add(new EmulatorFaultRule { Kind = kinds[i], Probability = probability, Latency = TimeSpan.FromSeconds(2) }));
        }

        return rules;
    }

    private static async Task<bool> HasOpenEntriesAsync(IMetrcOutbox outbox, CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxEntry> open = await outbox.QueryAsync(OutboxQuery.ByStatus(OutboxEntryStatus.Pending, OutboxEntryStatus.InFlight) with { Limit = 1 }, cancellationToken).ConfigureAwait(false);
        return open.Count > 0;
    }

    private static CreatePackageRequest NewPackage(string tag, string source) => new()
    {
        Tag = tag,
        Item = "Buds",
        Quantity = 0.01m,
        UnitOfMeasure = "Grams",
        ActualDate = Today,
        Ingredients = [new PackageIngredient { Package = source, Quantity = 0.01m, UnitOfMeasure = "Grams" }],
    };

    private static CreatePlantingsRequest NewBatch(string name) => new()
    {
        Name = name,
        Type = "Clone",
        Count = 1,
        Strain = "Blue Dream",
        Location = "Veg Room",
        ActualDate = Today,
    };
}
