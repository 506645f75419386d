using System.Threading.RateLimiting;

namespace Metrc.Sdk.Throttling;

/// <summary>
/// The in-process limiter: four partitioned limiters from System.Threading.RateLimiting chained together — token
/// bucket per vendor key, token bucket per facility, concurrency per vendor key, concurrency per facility — with the
/// numbers of each request's state.
/// </summary>
internal static class InProcessRateLimiter
{
    public static PartitionedRateLimiter<ThrottleKey> Create(Func<MetrcState, MetrcThrottlingOptions> optionsFor, double share = 1)
    {
        // Writes only get their own partitions when the options give them their own budget.
        bool OwnWriteBudget(ThrottleKey key, bool facility)
        {
            MetrcThrottlingOptions options = optionsFor(key.State);
            return key.IsWrite && (facility ? options.WritesPerSecondPerFacility : options.WritesPerSecondPerVendorKey) is not null;
        }

        // The partition factories are built once (not per request): each reads its numbers from the partition key, whose
        // write flag is set only when writes have their own budget, so it picks the same rate Limits(key) would.
        Func<(MetrcState State, string VendorId, bool Write), TokenBucketRateLimiterOptions> vendorBucket = p =>
        {
            ThrottleLimits limits = ThrottleLimits.For(optionsFor(p.State), p.Write, share);
            return ThrottleLimits.Bucket(limits.VendorRate, limits.QueueLimit);
        };
        Func<(MetrcState State, string VendorId, string Facility, bool Write), TokenBucketRateLimiterOptions> facilityBucket = p =>
        {
            ThrottleLimits limits = ThrottleLimits.For(optionsFor(p.State), p.Write, share);
            return ThrottleLimits.Bucket(limits.FacilityRate, limits.QueueLimit);
        };
        Func<(MetrcState State, string VendorId), ConcurrencyLimiterOptions> vendorConcurrency = p =>
        {
            ThrottleLimits limits = ThrottleLimits.For(optionsFor(p.State), isWrite: false, share);
            return ThrottleLimits.Concurrency(limits.VendorConcurrency, limits.QueueLimit);
        };
        Func<(MetrcState State, string VendorId, string Facility), ConcurrencyLimiterOptions> facilityConcurrency = p =>
        {
            ThrottleLimits limits = ThrottleLimits.For(optionsFor(p.State), isWrite: false, share);
            return ThrottleLimits.Concurrency(limits.FacilityConcurrency, limits.QueueLimit);
        };

        return PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<ThrottleKey, (MetrcState, string, bool)>(key =>
                RateLimitPartition.GetTokenBucketLimiter((key.State, key.VendorId, OwnWriteBudget(key, facility: false)), vendorBucket)),
            PartitionedRateLimiter.Create<ThrottleKey, (MetrcState, string, string, bool)>(key => key.Facility is null
                ? RateLimitPartition.GetNoLimiter((key.State, key.VendorId, string.Empty, false))
                : RateLimitPartition.GetTokenBucketLimiter((key.State, key.VendorId, key.Facility, OwnWriteBudget(key, facility: true)), facilityBucket)),
            PartitionedRateLimiter.Create<ThrottleKey, (MetrcState, string)>(key =>
                RateLimitPartition.GetConcurrencyLimiter((key.State, key.VendorId), vendorConcurrency)),
            PartitionedRateLimiter.Create<ThrottleKey, (MetrcState, string, string)>(key => key.Facility is null
                ? RateLimitPartition.GetNoLimiter((key.State, key.VendorId, string.Empty))
                : RateLimitPartition.GetConcurrencyLimiter((key.State, key.VendorId, key.Facility), facilityConcurrency)));
    }
}
