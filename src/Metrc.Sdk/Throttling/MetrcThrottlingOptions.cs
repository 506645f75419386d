namespace Metrc.Sdk;

/// <summary>
/// Client-side rate limits that keep requests under Metrc's limits instead of earning 429s
/// (<see cref="MetrcClientOptions.Throttling"/>, per state <see cref="MetrcStateOptions.Throttling"/>). Metrc counts per
/// vendor key and per facility, so the buckets are partitioned that way; with
/// <c>UseRedisRateLimiting</c> every process of an application shares them.
/// </summary>
public sealed class MetrcThrottlingOptions
{
    /// <summary>Whether requests are throttled. Default: <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>GET requests per second per vendor key (Metrc: 150). Greater than 0.</summary>
    public int GetsPerSecondPerVendorKey { get; set; } = 150;

    /// <summary>GET requests per second per facility (Metrc: 50). Greater than 0.</summary>
    public int GetsPerSecondPerFacility { get; set; } = 50;

    /// <summary>
    /// Write requests per second per vendor key; <see langword="null"/> (default) to share the GET bucket. Greater than 0 when set.
    /// </summary>
    public int? WritesPerSecondPerVendorKey { get; set; }

    /// <summary>Write requests per second per facility; <see langword="null"/> (default) to share the GET bucket.</summary>
    public int? WritesPerSecondPerFacility { get; set; }

    /// <summary>Requests in flight per vendor key (Metrc: 30). Greater than 0.</summary>
    public int ConcurrentPerVendorKey { get; set; } = 30;

    /// <summary>Requests in flight per facility (Metrc: 10). Greater than 0.</summary>
    public int ConcurrentPerFacility { get; set; } = 10;

    /// <summary>
    /// How many requests may wait for a permit per partition; beyond that a request fails at once with
    /// <see cref="MetrcThrottleQueueFullException"/>. Default: 1,000.
    /// </summary>
    public int QueueLimit { get; set; } = 1_000;

    /// <summary>How long a partition pauses after a 429 without <c>Retry-After</c> (doubling per consecutive 429, with jitter). Default: 1 s.</summary>
    public TimeSpan DefaultPause { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause after 429s. Default: 60 s.</summary>
    public TimeSpan MaxPause { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether a 429 also lowers the rate of the vendor key and facility it hit (halved per 429, down to
    /// <see cref="AdaptiveMinimumShare"/>), for when Metrc's real limit is below the configured one or other
    /// applications share the key. The rate then climbs back linearly over <see cref="AdaptiveRecoveryTime"/>.
    /// Default: <see langword="true"/>.
    /// </summary>
    public bool AdaptiveRate { get; set; } = true;

    /// <summary>The lowest share of the configured rate adaptive lowering goes to, above 0 and at most 1. Default: 0.25.</summary>
    public double AdaptiveMinimumShare { get; set; } = 0.25;

    /// <summary>How long a lowered rate takes to climb from <see cref="AdaptiveMinimumShare"/> back to the configured rate. Default: 30 s.</summary>
    public TimeSpan AdaptiveRecoveryTime { get; set; } = TimeSpan.FromSeconds(30);
}
