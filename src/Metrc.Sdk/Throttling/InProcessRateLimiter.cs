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
        ThrottleLimits Limits(ThrottleKey key) => ThrottleLimits.For(optionsFor(key.State), key.IsWrite, share);

        // Writes only get their own partitions when the options give them their own budget.
        bool OwnWriteBudget(ThrottleKey key, bool facility)
        {
            MetrcThrottlingOptions options = optionsFor(key.State);
            return key.IsWrite && (facility ? options.WritesPerSecondPerFacility : options.WritesPerSecondPerVendorKey) is not null;
        }

        return PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<ThrottleKey, (MetrcState, string, bool)>(key =>
                RateLimitPartition.GetTokenBucketLimiter(
                    (key.State, key.VendorId, OwnWriteBudget(key, facility: false)),
                    _ => ThrottleLimits.Bucket(Limits(key).VendorRate, Limits(key).QueueLimit))),
            PartitionedRateLimiter.Create<ThrottleKey, (MetrcState, string, string, bool)>(key => key.Facility is null
                ? RateLimitPartition.GetNoLimiter((key.State, key.VendorId, string.Empty, false))
                : RateLimitPartition.GetTokenBucketLimiter(
                    (key.State, key.VendorId, key.Facility, OwnWriteBudget(key, facility: true)),
                    _ => ThrottleLimits.Bucket(Limits(key).FacilityRate, Limits(key).QueueLimit))),
            PartitionedRateLimiter.Create<ThrottleKey, (MetrcState, string)>(key =>
                RateLimitPartition.GetConcurrencyLimiter(
                    (key.State, key.VendorId),
                    _ => ThrottleLimits.Concurrency(Limits(key).VendorConcurrency, Limits(key).QueueLimit))),
            PartitionedRateLimiter.Create<ThrottleKey, (MetrcState, string, string)>(key => key.Facility is null
                ? RateLimitPartition.GetNoLimiter((key.State, key.VendorId, string.Empty))
                : RateLimitPartition.GetConcurrencyLimiter(
                    (key.State, key.VendorId, key.Facility),
                    _ => ThrottleLimits.Concurrency(Limits(key).FacilityConcurrency, Limits(key).QueueLimit))));
    }
}
