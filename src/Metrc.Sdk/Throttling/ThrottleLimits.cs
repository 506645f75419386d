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
    /// A token bucket that refills in tenths of a second with a burst of one tenth of the rate, so no one-second window
    /// sees more than the rate plus a tenth: gentle on a server counting per second.
    /// </summary>
    public static TokenBucketRateLimiterOptions Bucket(int perSecond, int queueLimit)
    {
        int tokens = Math.Max(1, perSecond / 10);
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

    private static int Scale(int value, double share) => Math.Max(1, (int)Math.Floor(value * share));
}
