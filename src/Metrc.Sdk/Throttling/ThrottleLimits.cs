using System.Threading.RateLimiting;

namespace Metrc.Sdk.Throttling;

/// <summary>The numbers that apply to one request, resolved from the options for its state.</summary>
internal readonly record struct ThrottleLimits(int VendorRate, int FacilityRate, int VendorConcurrency, int FacilityConcurrency, int QueueLimit)
{
    public static ThrottleLimits For(MetrcThrottlingOptions options, bool isWrite, double share = 1) => new(
        Scale(isWrite ? options.WritesPerSecondPerVendorKey ?? options.GetsPerSecondPerVendorKey : options.GetsPerSecondPerVendorKey, share),
        Scale(isWrite ? options.WritesPerSecondPerFacility ?? options.GetsPerSecondPerFacility : options.GetsPerSecondPerFacility, share),
        Scale(options.ConcurrentPerVendorKey, share),
        Scale(options.ConcurrentPerFacility, share),
        options.QueueLimit);

    /// <summary>
    /// A token bucket that refills every fifth of a second with a burst of a fifth of the rate: smooth enough for a server
    /// counting per second, coarse enough that timer jitter costs little of the rate.
    /// </summary>
    public static TokenBucketRateLimiterOptions Bucket(int perSecond, int queueLimit)
    {
        int tokens = Burst(perSecond);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokens / (double)perSecond),
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }

    public static ConcurrencyLimiterOptions Concurrency(int permits, int queueLimit) => new()
    {
        PermitLimit = permits,
        QueueLimit = queueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };

    /// <summary>The burst (and refill step) of a bucket: a fifth of the rate, at least one.</summary>
    public static int Burst(int perSecond) => Math.Max(1, perSecond / 5);

    private static int Scale(int value, double share) => Math.Max(1, (int)Math.Floor(value * share));
}
