using System.Collections.Concurrent;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk;

/// <summary>
/// Loads a facility's <see cref="MetrcLifecycleSnapshot"/> from Metrc (available tags, vegetative and flowering plants,
/// active, on-hold, finished and in-transit packages, active items, active plant batches, the plant waste methods and
/// reasons Metrc lists, the facility's licence and time zone) and caches it
/// per state and facility for <see cref="Expiry"/>, keeping at most <see cref="MaxFacilities"/> facilities.
/// Register it so automatic validation runs the stateful rules:
/// <c>services.AddSingleton&lt;IMetrcLifecycleSnapshotProvider, MetrcLifecycleSnapshotLoader&gt;()</c>.
/// </summary>
/// <remarks>
/// A load reads every page of several lists, so it costs a number of GETs per facility; the snapshot is dropped after each
/// write through a client of the same factory, so the next write sees its effects. Writes made elsewhere are seen once the
/// entry expires.
/// </remarks>
public sealed class MetrcLifecycleSnapshotLoader : IMetrcLifecycleSnapshotProvider
{
    private readonly IMetrcClientFactory _clients;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(MetrcState State, string License), Entry> _cache = new();

    /// <summary>Creates a loader that reads through clients of <paramref name="clients"/>.</summary>
    /// <param name="clients">Creates the client per state (credentials come from its credential provider).</param>
    /// <param name="timeProvider">The clock for expiry; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clients"/> is null.</exception>
    public MetrcLifecycleSnapshotLoader(IMetrcClientFactory clients, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _clients = clients;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How long a loaded snapshot is used. Default: 1 minute.</summary>
    public TimeSpan Expiry { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The most facilities kept; the oldest entry is dropped beyond it. Default: 100.</summary>
    public int MaxFacilities { get; init; } = 100;

    /// <summary>Whether finished (inactive) packages are loaded, so that their use is reported as <c>package.finished</c> rather than not found. Default: <see langword="true"/>.</summary>
    public bool IncludeFinishedPackages { get; init; } = true;

    /// <summary>How many facilities are cached now.</summary>
    public int Count => _cache.Count;

    /// <inheritdoc />
    public async ValueTask<MetrcLifecycleSnapshot?> GetSnapshotAsync(MetrcState state, string licenseNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        var key = (state, licenseNumber);
        DateTimeOffset now = _time.GetUtcNow();
        if (!_cache.TryGetValue(key, out Entry? entry) || now - entry.Loaded >= Expiry || entry.Load.IsValueCreated && (entry.Value.IsFaulted || entry.Value.IsCanceled))
        {
            var fresh = new Entry(now, new Lazy<Task<MetrcLifecycleSnapshot>>(() => LoadAsync(state, licenseNumber, CancellationToken.None)));
            entry = entry is null ? _cache.GetOrAdd(key, fresh) : _cache.TryUpdate(key, fresh, entry) ? fresh : _cache.GetOrAdd(key, fresh);
            Trim();
        }

        return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops the cached snapshot of a facility (for example after a write made elsewhere).</summary>
    /// <param name="state">The state.</param>
    /// <param name="licenseNumber">The facility.</param>
    public void Invalidate(MetrcState state, string licenseNumber) => _cache.TryRemove((state, licenseNumber), out _);

    /// <summary>Loads a facility's snapshot from Metrc now, bypassing the cache.</summary>
    /// <param name="state">The state.</param>
    /// <param name="licenseNumber">The facility.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The snapshot.</returns>
    public async Task<MetrcLifecycleSnapshot> LoadAsync(MetrcState state, string licenseNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        IMetrcClient client = _clients.Create(state);
        var tags = new Dictionary<string, MetrcTagInfo>(StringComparer.Ordinal);
        await foreach (MetrcTag tag in client.Tags.ListAvailablePlantTagsAsync(licenseNumber, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            tags[tag.Label] = new MetrcTagInfo(MetrcTagKind.Plant, licenseNumber);
        }

        await foreach (MetrcTag tag in client.Tags.ListAvailablePackageTagsAsync(licenseNumber, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            tags[tag.Label] = new MetrcTagInfo(MetrcTagKind.Package, licenseNumber);
        }

        var plants = new Dictionary<string, PlantGrowthPhase>(StringComparer.Ordinal);
        await foreach (Plant plant in client.Plants.ListVegetativeAsync(licenseNumber, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            plants[plant.Label] = PlantGrowthPhase.Vegetative;
        }

        await foreach (Plant plant in client.Plants.ListFloweringAsync(licenseNumber, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            plants[plant.Label] = PlantGrowthPhase.Flowering;
        }

        var packages = new Dictionary<string, MetrcPackageInfo>(StringComparer.Ordinal);
        await AddPackagesAsync(packages, client.Packages.ListActiveAsync(licenseNumber, cancellationToken: cancellationToken), PackageStatus.Active).ConfigureAwait(false);
        await AddPackagesAsync(packages, client.Packages.ListOnHoldAsync(licenseNumber, cancellationToken: cancellationToken), PackageStatus.OnHold).ConfigureAwait(false);
        await AddPackagesAsync(packages, client.Packages.ListInTransitAsync(licenseNumber, cancellationToken: cancellationToken), PackageStatus.InTransit).ConfigureAwait(false);
        if (IncludeFinishedPackages)
        {
            await AddPackagesAsync(packages, client.Packages.ListInactiveAsync(licenseNumber, cancellationToken: cancellationToken), PackageStatus.Finished).ConfigureAwait(false);
        }

        var items = new Dictionary<string, QuantityKind>(StringComparer.OrdinalIgnoreCase);
        await foreach (Item item in client.Items.ListActiveAsync(licenseNumber, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (MetrcUnits.TryParseQuantityType(item.QuantityType, out QuantityKind kind))
            {
                items[item.Name] = kind;
            }
        }

        var batches = new Dictionary<string, MetrcPlantBatchInfo>(StringComparer.Ordinal);
        await foreach (PlantBatch batch in client.PlantBatches.ListActiveAsync(licenseNumber, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            batches[batch.Name] = new MetrcPlantBatchInfo(batch.UntrackedCount) { Strain = batch.StrainName, Location = batch.LocationName };
        }

        IReadOnlySet<string>? wasteMethods = await NamesAsync(client.Plants.ListWasteMethodsAsync(cancellationToken: cancellationToken), static m => m.Name).ConfigureAwait(false);
        IReadOnlySet<string>? wasteReasons = await NamesAsync(client.Plants.ListWasteReasonsAsync(licenseNumber, cancellationToken: cancellationToken), static r => r.Name).ConfigureAwait(false);

        Facility? facility = null;
        foreach (Facility f in await client.Facilities.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(f.License?.Number, licenseNumber, StringComparison.OrdinalIgnoreCase))
            {
                facility = f;
            }
        }

        return new MetrcLifecycleSnapshot
        {
            LicenseNumber = licenseNumber,
            Tags = tags,
            Plants = plants,
            Packages = packages,
            Items = items,
            PlantBatches = batches,
            WasteMethods = wasteMethods,
            WasteReasons = wasteReasons,
            LicenseStartDate = facility?.License?.StartDate,
            TimeZone = facility?.TimeZone is { } zone ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) : null,
        };
    }

    /// <summary>The names of a lookup list, or <see langword="null"/> (unknown, so the rule is skipped) when Metrc lists none for the facility.</summary>
    private static async Task<IReadOnlySet<string>?> NamesAsync<T>(MetrcPageable<T> list, Func<T, string?> name)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (T entry in list.ConfigureAwait(false))
        {
            if (!string.IsNullOrWhiteSpace(name(entry)))
            {
                names.Add(name(entry)!);
            }
        }

        return names.Count > 0 ? names : null;
    }

    private static async Task AddPackagesAsync(Dictionary<string, MetrcPackageInfo> packages, MetrcPageable<Package> list, PackageStatus listed)
    {
        await foreach (Package package in list.ConfigureAwait(false))
        {
            PackageStatus status = package.IsFinished ? PackageStatus.Finished
                : package.IsInTransit ? PackageStatus.InTransit
                : package.IsOnHold ? PackageStatus.OnHold
                : listed;
            packages[package.Label] = new MetrcPackageInfo(status)
            {
                Quantity = package.Quantity,
                UnitOfMeasure = package.UnitOfMeasureName,
                Item = package.Item?.Name,
                Location = package.LocationName,
                Sublocation = package.SublocationName,
                IsFinishedGood = package.IsFinishedGood,
                IsDonation = package.IsDonation,
                IsTradeSample = package.IsTradeSample,
                LabTestingState = package.LabTestingState is { Value: { Length: > 0 } } state ? state : null,
            };
        }
    }

    private void Trim()
    {
        int excess = _cache.Count - Math.Max(1, MaxFacilities);
        if (excess <= 0)
        {
            return;
        }

        foreach (KeyValuePair<(MetrcState, string), Entry> oldest in _cache.OrderBy(e => e.Value.Loaded).Take(excess))
        {
            _cache.TryRemove(oldest);
        }
    }

    private sealed record Entry(DateTimeOffset Loaded, Lazy<Task<MetrcLifecycleSnapshot>> Load)
    {
        public Task<MetrcLifecycleSnapshot> Value => Load.Value;
    }
}
