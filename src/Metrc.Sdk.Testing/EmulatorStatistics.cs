namespace Metrc.Sdk.Testing;

/// <summary>What the emulator observed, for tests and benchmarks.</summary>
public sealed record EmulatorStatistics
{
    /// <summary>Every request received.</summary>
    public long TotalRequests { get; init; }

    /// <summary>Requests per facility licence number (requests without one are not counted here).</summary>
    public IReadOnlyDictionary<string, long> RequestsByFacility { get; init; } = new Dictionary<string, long>();

    /// <summary>Requests per vendor key.</summary>
    public IReadOnlyDictionary<string, long> RequestsByVendorKey { get; init; } = new Dictionary<string, long>();

    /// <summary>429 answers served by the rate limits (not counting injected 429 faults).</summary>
    public long RateLimited { get; init; }

    /// <summary>The most requests that were in flight at once.</summary>
    public int PeakConcurrency { get; init; }

    /// <summary>Faults injected.</summary>
    public long FaultsInjected { get; init; }
}
