namespace Metrc.Sdk.Throttling;

/// <summary>
/// The adaptive part of one partition's rate: after a 429 the partition runs at a lowered share of its configured rate
/// (halved per 429, never below <see cref="MetrcThrottlingOptions.AdaptiveMinimumShare"/>) and climbs back linearly to
/// the full rate over <see cref="MetrcThrottlingOptions.AdaptiveRecoveryTime"/>. While lowered, requests are spaced
/// evenly at the lowered rate on top of the token buckets.
/// </summary>
internal sealed class AdaptivePace
{
    private readonly Lock _gate = new();
    private double _shareAtLowering = 1;
    private DateTimeOffset _loweredAt = DateTimeOffset.MinValue;
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

    /// <summary>The share of the configured rate in force at <paramref name="now"/> (1 when fully recovered).</summary>
    public double ShareAt(DateTimeOffset now, MetrcThrottlingOptions options)
    {
        lock (_gate)
        {
            return Share(now, options);
        }
    }

    /// <summary>A 429 arrived: halve the share in force now, down to the minimum.</summary>
    public double Lower(DateTimeOffset now, MetrcThrottlingOptions options)
    {
        lock (_gate)
        {
            _shareAtLowering = Math.Max(options.AdaptiveMinimumShare, Share(now, options) / 2);
            _loweredAt = now;
            return _shareAtLowering;
        }
    }

    /// <summary>
    /// Reserves the next send slot at the lowered rate and returns how long to wait for it; zero when the partition is at
    /// its full rate (the token buckets alone pace it then).
    /// </summary>
    public TimeSpan Reserve(DateTimeOffset now, int configuredPerSecond, MetrcThrottlingOptions options)
    {
        lock (_gate)
        {
            double share = Share(now, options);
            if (share >= 1)
            {
                return TimeSpan.Zero;
            }

            var interval = TimeSpan.FromSeconds(1 / (configuredPerSecond * share));
            DateTimeOffset slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + interval;
            return slot - now;
        }
    }

    private double Share(DateTimeOffset now, MetrcThrottlingOptions options)
    {
        if (_shareAtLowering >= 1)
        {
            return 1;
        }

        double recovered = (now - _loweredAt) / options.AdaptiveRecoveryTime * (1 - options.AdaptiveMinimumShare);
        double share = _shareAtLowering + Math.Max(0, recovered);
        if (share >= 1)
        {
            _shareAtLowering = 1;
            return 1;
        }

        return share;
    }
}
