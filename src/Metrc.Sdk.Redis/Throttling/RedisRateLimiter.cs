using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Metrc.Sdk.Diagnostics;
using StackExchange.Redis;

namespace Metrc.Sdk.Throttling;

/// <summary>
/// A <see cref="PartitionedRateLimiter{TResource}"/> whose buckets live in Redis, so every process of an application
/// shares Metrc's per-vendor-key and per-facility limits. One Lua script (atomic on the server) refills and takes from
/// both token buckets and takes a concurrency lease in both lease sets; leases carry an expiry, so a crashed process
/// frees its slots. When Redis cannot be reached it limits in process at a conservative share of the rates, logs a
/// warning, and goes back to Redis when it answers again.
/// </summary>
internal sealed class RedisRateLimiter : PartitionedRateLimiter<ThrottleKey>
{
    // KEYS: vendor bucket, facility bucket or '', vendor leases, facility leases or ''.
    // ARGV: now ms (-1 = the server's clock), vendor rate, facility rate, vendor burst, facility burst,
    //       vendor concurrency, facility concurrency, lease id, lease expiry ms.
    // Returns {1, 0} when a permit was taken, else {0, ms to wait}.
    private const string AcquireScript = """
        local now = tonumber(ARGV[1])
        if now < 0 then
          local t = redis.call('TIME')
          now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        end
        local function tokens(key, rate, burst)
          local b = redis.call('HMGET', key, 't', 'ts')
          local t = tonumber(b[1]) or burst
          local ts = tonumber(b[2]) or now
          if now > ts then t = math.min(burst, t + (now - ts) * rate / 1000) end
          return t
        end
        redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
        if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[6]) then return {0, 20} end
        if KEYS[4] ~= '' then
          redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
          if redis.call('ZCARD', KEYS[4]) >= tonumber(ARGV[7]) then return {0, 20} end
        end
        local vr, vb = tonumber(ARGV[2]), tonumber(ARGV[4])
        local vt = tokens(KEYS[1], vr, vb)
        if vt < 1 then return {0, math.ceil((1 - vt) * 1000 / vr)} end
        local ft = 0
        local fr, fb = tonumber(ARGV[3]), tonumber(ARGV[5])
        if KEYS[2] ~= '' then
          ft = tokens(KEYS[2], fr, fb)
          if ft < 1 then return {0, math.ceil((1 - ft) * 1000 / fr)} end
          redis.call('HSET', KEYS[2], 't', ft - 1, 'ts', now)
          redis.call('PEXPIRE', KEYS[2], 60000)
        end
        redis.call('HSET', KEYS[1], 't', vt - 1, 'ts', now)
        redis.call('PEXPIRE', KEYS[1], 60000)
        local expiry = now + tonumber(ARGV[9])
        redis.call('ZADD', KEYS[3], expiry, ARGV[8])
        redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[9]) * 2)
        if KEYS[4] ~= '' then
          redis.call('ZADD', KEYS[4], expiry, ARGV[8])
          redis.call('PEXPIRE', KEYS[4], tonumber(ARGV[9]) * 2)
        end
        return {1, 0}
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly MetrcThrottle _throttle;
    private readonly RedisRateLimitingOptions _options;
    private readonly PartitionedRateLimiter<ThrottleKey> _fallback;
    private readonly ConcurrentDictionary<(MetrcState, string, string?), int> _waiting = new();
    private long _downUntilTicks;
    private int _down;

    public RedisRateLimiter(IConnectionMultiplexer redis, MetrcThrottle throttle, RedisRateLimitingOptions options)
    {
        _redis = redis;
        _throttle = throttle;
        _options = options;
        _fallback = InProcessRateLimiter.Create(throttle.OptionsFor, options.FallbackShare);
    }

    /// <summary>Whether the limiter is currently limiting in process because Redis is unreachable.</summary>
    public bool IsFallingBack => Volatile.Read(ref _down) == 1;

    public override RateLimiterStatistics? GetStatistics(ThrottleKey resource) => null;

    protected override RateLimitLease AttemptAcquireCore(ThrottleKey resource, int permitCount)
    {
        if (UseFallback())
        {
            return _fallback.AttemptAcquire(resource, permitCount);
        }

        try
        {
            (bool acquired, string lease, _) = TryTake(resource, sync: true).GetAwaiter().GetResult();
            return acquired ? new Lease(this, resource, lease) : Failed;
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            MarkDown(ex);
            return _fallback.AttemptAcquire(resource, permitCount);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(ThrottleKey resource, int permitCount, CancellationToken cancellationToken)
    {
        var queue = (resource.State, resource.VendorId, resource.Facility);
        int waiting = _waiting.AddOrUpdate(queue, 1, static (_, n) => n + 1);
        try
        {
            if (waiting > _throttle.OptionsFor(resource.State).QueueLimit + 1)
            {
                return Failed;
            }

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (UseFallback())
                {
                    return await _fallback.AcquireAsync(resource, permitCount, cancellationToken).ConfigureAwait(false);
                }

                TimeSpan wait;
                try
                {
                    (bool acquired, string lease, wait) = await TryTake(resource, sync: false).WaitAsync(cancellationToken).ConfigureAwait(false);
                    if (acquired)
                    {
                        return new Lease(this, resource, lease);
                    }
                }
                catch (Exception ex) when (IsOutage(ex))
                {
                    MarkDown(ex);
                    continue;
                }

                await Task.Delay(wait, _throttle.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _waiting.AddOrUpdate(queue, 0, static (_, n) => n - 1);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fallback.Dispose();
        }

        base.Dispose(disposing);
    }

    private static RateLimitLease Failed { get; } = new FailedLease();

    private async Task<(bool Acquired, string Lease, TimeSpan Wait)> TryTake(ThrottleKey key, bool sync)
    {
        ThrottleLimits limits = ThrottleLimits.For(_throttle.OptionsFor(key.State), key.IsWrite);
        string prefix = $"{_options.KeyPrefix}{key.State}:{key.VendorId}";
        string lane = key.IsWrite && _throttle.OptionsFor(key.State).WritesPerSecondPerVendorKey is not null ? ":w" : string.Empty;
        string facilityLane = key.IsWrite && _throttle.OptionsFor(key.State).WritesPerSecondPerFacility is not null ? ":w" : string.Empty;
        RedisKey[] keys =
        [
            prefix + ":bucket" + lane,
            key.Facility is null ? string.Empty : $"{prefix}:{key.Facility}:bucket{facilityLane}",
            prefix + ":leases",
            key.Facility is null ? string.Empty : $"{prefix}:{key.Facility}:leases",
        ];
        string lease = Guid.NewGuid().ToString("N");
        long now = _options.UseServerClock ? -1 : _throttle.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        RedisValue[] args =
        [
            now, limits.VendorRate, limits.FacilityRate, Burst(limits.VendorRate), Burst(limits.FacilityRate),
            limits.VendorConcurrency, limits.FacilityConcurrency, lease, (long)_options.LeaseExpiry.TotalMilliseconds,
        ];
        IDatabase db = _redis.GetDatabase();
        RedisResult result = sync ? db.ScriptEvaluate(AcquireScript, keys, args) : await db.ScriptEvaluateAsync(AcquireScript, keys, args).ConfigureAwait(false);
        var values = (RedisValue[])result!;
        MarkUp();
        return ((long)values[0] == 1, lease, TimeSpan.FromMilliseconds(Math.Max(1, (long)values[1])));
    }

    private void Release(ThrottleKey key, string lease)
    {
        if (IsFallingBack)
        {
            return; // the lease expires on its own
        }

        string prefix = $"{_options.KeyPrefix}{key.State}:{key.VendorId}";
        try
        {
            IDatabase db = _redis.GetDatabase();
            db.SortedSetRemove(prefix + ":leases", lease, CommandFlags.FireAndForget);
            if (key.Facility is not null)
            {
                db.SortedSetRemove($"{prefix}:{key.Facility}:leases", lease, CommandFlags.FireAndForget);
            }
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            // The lease expires after LeaseExpiry.
        }
    }

    private static int Burst(int perSecond) => ThrottleLimits.Burst(perSecond);

    private bool UseFallback()
    {
        if (Volatile.Read(ref _down) == 0)
        {
            return false;
        }

        // Try Redis again once the retry interval has passed.
        return _throttle.TimeProvider.GetUtcNow().UtcTicks < Interlocked.Read(ref _downUntilTicks);
    }

    private void MarkDown(Exception ex)
    {
        Interlocked.Exchange(ref _downUntilTicks, (_throttle.TimeProvider.GetUtcNow() + _options.RetryInterval).UtcTicks);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            Log.RedisRateLimiterDown(_throttle.Logger, _options.FallbackShare, ex.Message);
        }
    }

    private void MarkUp()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            Log.RedisRateLimiterBack(_throttle.Logger);
        }
    }

    private static bool IsOutage(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;

    private sealed class Lease(RedisRateLimiter owner, ThrottleKey key, string id) : RateLimitLease
    {
        private int _released;

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(key, id);
            }
        }
    }

    private sealed class FailedLease : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
