using System.Net;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Endpoints;
using Metrc.Sdk.Testing.Hosting;
using Metrc.Sdk.Testing.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Metrc.Sdk.Testing;

/// <summary>
/// A Metrc API on 127.0.0.1 for tests, samples and benchmarks: Metrc's paths and shapes, dual-key auth, lifecycle rules,
/// rate limits, fault injection and counters. Each served state has its own base address
/// (<c>http://127.0.0.1:{port}/{code}/</c>); Metrc's webhook host is emulated at <see cref="WebhooksBaseAddress"/>.
/// Every operation of <see cref="MetrcCatalogue"/> is answered: the lifecycle ones by Metrc's rules, the others by
/// their call shape (empty lists, 404 for unknown ids, writes checked for shape and kept in <see cref="GetWrites()"/>).
/// </summary>
/// <example>
/// <code>
/// await using MetrcEmulator emulator = await MetrcEmulator.StartAsync();
/// EmulatedFacility facility = emulator.Facilities[0];
/// services.AddMetrcClient(o =>
/// {
///     o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = emulator.GetBaseAddress(MetrcState.Co) };
///     o.WebhooksBaseAddress = emulator.WebhooksBaseAddress;
///     o.VendorKey = emulator.VendorKey;
///     o.UserKey = facility.UserKey;
/// });
/// </code>
/// </example>
public sealed class MetrcEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorStore _store;
    private readonly EmulatorPipeline _pipeline;
    private readonly MetrcEmulatorOptions _options;
    private readonly Uri _root;
    private readonly EmulatorWriteLog _writes;

    private MetrcEmulator(WebApplication app, EmulatorStore store, EmulatorPipeline pipeline, EmulatorFaults faults, MetrcEmulatorOptions options, Uri root, EmulatorWriteLog writes)
    {
        _app = app;
        _writes = writes;
        _store = store;
        _pipeline = pipeline;
        _options = options;
        _root = root;
        Faults = faults;
        Facilities = BuildFacilities();
    }

    /// <summary>The base address of the first served state.</summary>
    public Uri BaseAddress => GetBaseAddress(_options.States[0]);

    /// <summary>
    /// The base address of the emulated webhook host, to put in <c>MetrcClientOptions.WebhooksBaseAddress</c>. It takes
    /// the vendor key in <c>X-Metrc-Auth</c> and keeps subscriptions in memory.
    /// </summary>
    public Uri WebhooksBaseAddress => new(_root, EmulatorEndpoint.WebhooksPrefix + "/");

    /// <summary>The vendor key the emulator accepts.</summary>
    public string VendorKey => _options.VendorKey;

    /// <summary>A user key with access to every facility of every state.</summary>
    public string AllFacilitiesUserKey => EmulatorPipeline.AllFacilitiesUserKey;

    /// <summary>The seeded facilities of every served state.</summary>
    public IReadOnlyList<EmulatedFacility> Facilities { get; }

    /// <summary>The fault injector.</summary>
    public EmulatorFaults Faults { get; }

    /// <summary>Starts an emulator on a free (or the configured) port of 127.0.0.1.</summary>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<MetrcEmulator> StartAsync(MetrcEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MetrcEmulatorOptions();
        if (options.States.Count == 0)
        {
            throw new ArgumentException("The emulator needs at least one state.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.FacilitiesPerState);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TagsPerFacility);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FacilitiesPerState, 99);

        EmulatorData data = options.PersistencePath is { } path && File.Exists(path) ? EmulatorStore.Load(path) : EmulatorStore.Seed(options);
        var store = new EmulatorStore(data, options.TimeProvider) { StateRules = new Dictionary<MetrcState, MetrcStateRules>(options.StateRules) };
        var faults = new EmulatorFaults(options.FaultSeed);
        var pipeline = new EmulatorPipeline(store, options, faults);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRouting();
        WebApplication app = builder.Build();
        app.Use(pipeline.InvokeAsync);
        var writes = new EmulatorWriteLog(options.TimeProvider);
        var routes = new EmulatorRoutes();
        ReadRoutes.Register(routes, store);
        WriteRoutes.Register(routes, store, writes, options.PartialApply);
        new WebhookRoutes(store, writes).Register(routes);
        routes.Map(app, new GenericHandlers(store, writes));

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MetrcEmulator(app, store, pipeline, faults, options, new Uri(address.TrimEnd('/') + "/"), writes) { SpecificOperations = routes.SpecificOperations };
    }

    /// <summary>The base address of <paramref name="state"/>, to put in <c>MetrcStateOptions.BaseAddress</c>.</summary>
    /// <exception cref="ArgumentException">The emulator does not serve <paramref name="state"/>.</exception>
    public Uri GetBaseAddress(MetrcState state)
    {
        if (!_options.States.Contains(state))
        {
            throw new ArgumentException($"The emulator does not serve {state}; add it to MetrcEmulatorOptions.States.", nameof(state));
        }

        return new Uri(_root, MetrcStates.GetCode(state) + "/");
    }

    /// <summary>The rate limits this emulator enforces (its <see cref="MetrcEmulatorOptions.RateLimits"/>).</summary>
    public EmulatorRateLimits RateLimits => _options.RateLimits;

    /// <summary>
    /// Adds <paramref name="count"/> active packages (item "Buds", 1 g, in "Vault") to a facility, their
    /// <c>LastModified</c> spread evenly over [<paramref name="modifiedFrom"/>, <paramref name="modifiedTo"/>), for
    /// sync tests and read benchmarks. Tags are fresh labels outside the seeded tag range.
    /// </summary>
    /// <returns>The labels of the added packages, in id order.</returns>
    /// <exception cref="ArgumentException">No such facility, or <paramref name="modifiedTo"/> is before <paramref name="modifiedFrom"/>.</exception>
    public IReadOnlyList<string> AddPackages(MetrcState state, string licenseNumber, int count, DateTimeOffset modifiedFrom, DateTimeOffset modifiedTo)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (modifiedTo < modifiedFrom)
        {
            throw new ArgumentException($"modifiedTo ({modifiedTo:O}) is before modifiedFrom ({modifiedFrom:O}).", nameof(modifiedTo));
        }

        lock (_store.Lock)
        {
            int stateIndex = _options.States.IndexOf(state);
            if (stateIndex < 0 || !_store.Data.States[MetrcStates.GetCode(state)].Facilities.TryGetValue(licenseNumber, out FacilityData? facility))
            {
                throw new ArgumentException($"The emulator has no facility {licenseNumber} in {state}.", nameof(licenseNumber));
            }

            int facilityIndex = int.Parse(licenseNumber.AsSpan(licenseNumber.Length - 4), System.Globalization.CultureInfo.InvariantCulture);
            var labels = new List<string>(count);
            long step = (modifiedTo - modifiedFrom).Ticks / count;
            int sequence = 1_000_000 + facility.Packages.Count;
            for (int i = 0; i < count; i++)
            {
                string label = EmulatorStore.PackageTag(stateIndex, facilityIndex, sequence + i);
                facility.Packages[label] = new PackageData
                {
                    Id = _store.NextId(),
                    Label = label,
                    Item = "Buds",
                    Location = "Vault",
                    Quantity = 1m,
                    Unit = "Grams",
                    Status = Lifecycle.PackageStatus.Active,
                    LabTestingState = "TestPassed",
                    PackagedDate = facility.LicenseStart.AddDays(30),
                    LastModified = modifiedFrom + TimeSpan.FromTicks(step * i),
                };
                labels.Add(label);
            }

            return labels;
        }
    }

    /// <summary>What the emulator observed so far.</summary>
    public EmulatorStatistics GetStatistics() => _pipeline.Statistics;

    /// <summary>
    /// How many times the natural key was created: <c>tag:{label}</c> (plants and packages), <c>batch:{licence}:{name}</c>,
    /// <c>receipt:{licence}:{external number}</c>, <c>manifest:{licence}:{name}</c>. More than 1 means a duplicate write.
    /// </summary>
    public int GetWriteCount(string naturalKey)
    {
        lock (_store.Lock)
        {
            return _store.Data.WriteCounts.GetValueOrDefault(naturalKey);
        }
    }

    /// <summary>Every natural key created so far with its count.</summary>
    public IReadOnlyDictionary<string, int> GetWriteCounts()
    {
        lock (_store.Lock)
        {
            return new Dictionary<string, int>(_store.Data.WriteCounts);
        }
    }

    /// <summary>The operations served by a specific (lifecycle or store) handler rather than a generic one.</summary>
    internal IReadOnlyCollection<string> SpecificOperations { get; private init; } = [];

    /// <summary>Every write the emulator accepted so far (lifecycle writes, generic writes, webhook changes), in arrival order.</summary>
    public IReadOnlyList<EmulatorWrite> GetWrites() => _writes.Snapshot();

    /// <summary>The accepted writes of one catalogue operation (for example <c>Items.Create</c>), in arrival order.</summary>
    /// <param name="operation">The operation name, as in <see cref="MetrcOperationInfo.Name"/>.</param>
    public IReadOnlyList<EmulatorWrite> GetWrites(string operation) =>
        _writes.Snapshot().Where(w => string.Equals(w.Operation, operation, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// One facility's current state as a <see cref="MetrcLifecycleSnapshot"/> for <see cref="MetrcValidator"/>: every
    /// tag of the state (kind, facility, used), the facility's plants, packages, items and licence start, and the other
    /// collections the stateful rules read. Use it to check rows against exactly what the emulator will judge.
    /// </summary>
    /// <param name="state">The state.</param>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <returns>A copy; later writes do not change it.</returns>
    /// <exception cref="ArgumentException">No such facility.</exception>
    public MetrcLifecycleSnapshot GetLifecycleSnapshot(MetrcState state, string licenseNumber)
    {
        lock (_store.Lock)
        {
            (StateData data, FacilityData facility) = Find(state, licenseNumber);
            return LifecycleSnapshots.Build(data, facility);
        }
    }

    /// <summary>A copy of one facility's data.</summary>
    /// <exception cref="ArgumentException">No such facility.</exception>
    public EmulatorFacilitySnapshot GetSnapshot(MetrcState state, string licenseNumber)
    {
        lock (_store.Lock)
        {
            (_, FacilityData f) = Find(state, licenseNumber);
            return new EmulatorFacilitySnapshot
            {
                Plants = f.Plants.Values.ToDictionary(p => p.Label, p => p.Phase.ToString(), StringComparer.Ordinal),
                PlantBatches = f.Batches.Values.ToDictionary(b => b.Name, b => b.Untracked, StringComparer.Ordinal),
                Packages = f.Packages.Values.ToDictionary(p => p.Label, p => (p.Status.ToString(), p.Quantity), StringComparer.Ordinal),
                Harvests = f.Harvests.Values.ToDictionary(h => h.Name, h => h.CurrentWeight, StringComparer.Ordinal),
                Receipts = f.Receipts.Select(r => r.ExternalReceiptNumber).ToList(),
                Transfers = f.Transfers.Select(t => t.Name).ToList(),
            };
        }
    }

    /// <summary>Saves the data to <see cref="MetrcEmulatorOptions.PersistencePath"/> now (it is also saved on dispose).</summary>
    /// <exception cref="InvalidOperationException">No persistence path is configured.</exception>
    public void Save() => _store.Save(_options.PersistencePath ?? throw new InvalidOperationException("MetrcEmulatorOptions.PersistencePath is not set."));

    /// <summary>Stops the emulator (and saves its data when a persistence path is set).</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_options.PersistencePath is not null)
        {
            Save();
        }
    }

    private List<EmulatedFacility> BuildFacilities()
    {
        lock (_store.Lock)
        {
            var list = new List<EmulatedFacility>();
            foreach (MetrcState state in _options.States)
            {
                foreach (FacilityData f in _store.Data.States[MetrcStates.GetCode(state)].Facilities.Values)
                {
                    list.Add(new EmulatedFacility
                    {
                        State = state,
                        LicenseNumber = f.LicenseNumber,
                        Name = f.Name,
                        UserKey = f.UserKey,
                        PlantTags = f.Tags.Values.Where(t => t.Kind == TagKind.Plant && !t.Used).OrderBy(t => t.Label, StringComparer.Ordinal).Select(t => t.Label).ToList(),
                        PackageTags = f.Tags.Values.Where(t => t.Kind == TagKind.Package && !t.Used).OrderBy(t => t.Label, StringComparer.Ordinal).Select(t => t.Label).ToList(),
                        SeededPackages = f.Packages.Keys.Order(StringComparer.Ordinal).ToList(),
                    });
                }
            }

            return list;
        }
    }

    private (StateData State, FacilityData Facility) Find(MetrcState state, string licenseNumber)
    {
        ArgumentNullException.ThrowIfNull(licenseNumber);
        if (!_store.Data.States.TryGetValue(MetrcStates.GetCode(state), out StateData? data) || !data.Facilities.TryGetValue(licenseNumber, out FacilityData? f))
        {
            throw new ArgumentException($"The emulator has no facility {licenseNumber} in {state}.", nameof(licenseNumber));
        }

        return (data, f);
    }
}
