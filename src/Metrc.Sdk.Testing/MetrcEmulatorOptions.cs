namespace Metrc.Sdk.Testing;

/// <summary>Options of a <see cref="MetrcEmulator"/>. Defaults give a small, deterministic Colorado instance.</summary>
public sealed class MetrcEmulatorOptions
{
    /// <summary>The states served; each gets its own base address (a path prefix). Default: Colorado.</summary>
    public IList<MetrcState> States { get; } = [MetrcState.Co];

    /// <summary>The TCP port on 127.0.0.1; 0 picks a free one. Default: 0.</summary>
    public int Port { get; set; }

    /// <summary>Facilities seeded per state. Default: 2.</summary>
    public int FacilitiesPerState { get; set; } = 2;

    /// <summary>Plant tags and package tags seeded per facility (each). Default: 500.</summary>
    public int TagsPerFacility { get; set; } = 500;

    /// <summary>The integrator's vendor key the emulator accepts. Default: <c>emulator-vendor-key</c>.</summary>
    public string VendorKey { get; set; } = "emulator-vendor-key";

    /// <summary>
    /// When <see langword="true"/>, a multi-row write applies its valid rows and reports the invalid ones; by default
    /// a request with any invalid row is rejected whole (Metrc does not document which it does).
    /// </summary>
    public bool PartialApply { get; set; }

    /// <summary>
    /// Per-state lifecycle rules that replace <see cref="MetrcStateRules.For"/> for the states listed (for example
    /// <c>MetrcStateRules.For(MetrcState.Co) with { TransporterDetailsRequired = true }</c>). Default: empty (the SDK's table).
    /// </summary>
    public IDictionary<MetrcState, MetrcStateRules> StateRules { get; } = new Dictionary<MetrcState, MetrcStateRules>();

    /// <summary>Metrc's rate limits; set <see cref="EmulatorRateLimits.Enabled"/> to false to turn them off.</summary>
    public EmulatorRateLimits RateLimits { get; } = new();

    /// <summary>Seed of the fault injector's random choices, for reproducible runs. Default: 1.</summary>
    public int FaultSeed { get; set; } = 1;

    /// <summary>When set, the emulator loads its data from this JSON file at start (if present) and saves it on dispose.</summary>
    public string? PersistencePath { get; set; }

    /// <summary>The clock for dates, lastModified stamps and rate limits. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}

/// <summary>Metrc's published limits, as the emulator enforces them.</summary>
public sealed class EmulatorRateLimits
{
    /// <summary>Whether limits are enforced. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>GET requests per second per facility. Default: 50.</summary>
    public int GetsPerSecondPerFacility { get; set; } = 50;

    /// <summary>GET requests per second per vendor key. Default: 150.</summary>
    public int GetsPerSecondPerVendorKey { get; set; } = 150;

    /// <summary>Requests in flight per facility. Default: 10.</summary>
    public int ConcurrentPerFacility { get; set; } = 10;

    /// <summary>Requests in flight per vendor key. Default: 30.</summary>
    public int ConcurrentPerVendorKey { get; set; } = 30;

    /// <summary>Whether 429 answers carry <c>Retry-After</c> (Metrc sometimes omits it). Default: true.</summary>
    public bool SendRetryAfter { get; set; } = true;
}
