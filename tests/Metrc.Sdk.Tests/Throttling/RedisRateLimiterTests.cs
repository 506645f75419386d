using System.Threading.RateLimiting;
using Metrc.Sdk.Tests.Infrastructure;
using Metrc.Sdk.Throttling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Metrc.Sdk.Tests.Throttling;

[Collection(RedisCollection.Name)]
public sealed class RedisRateLimiterTests(RedisServerFixture redis)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";

    private static ThrottleKey Key(string facility = "LIC-1", bool write = false) => new(MetrcState.Co, "VENDOR01", facility, write);

    private (RedisRateLimiter Limiter, FakeLogCollector Logs) Create(IConnectionMultiplexer connection, Action<MetrcThrottlingOptions>? limits = null, TimeSpan? leaseExpiry = null)
    {
        var options = new MetrcClientOptions();
        limits?.Invoke(options.Throttling);
        var loggers = new FakeLoggerProvider();
        var throttle = new MetrcThrottle(new StaticOptionsMonitor(options), _clock, LoggerFactory.Create(b => b.AddProvider(loggers)),
            t => new RedisRateLimiter(connection, t, new RedisRateLimitingOptions
            {
                KeyPrefix = _prefix,
                UseServerClock = false,
                LeaseExpiry = leaseExpiry ?? TimeSpan.FromSeconds(60),
                RetryInterval = TimeSpan.FromSeconds(5),
            }));
        return ((RedisRateLimiter)throttle.Limiter, loggers.Collector);
    }

    [Fact]
    public async Task Two_limiters_on_one_redis_share_one_facility_bucket()
    {
        using ConnectionMultiplexer second = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        RedisRateLimiter a = Create(redis.Connection).Limiter;
        RedisRateLimiter b = Create(second).Limiter;
        var leases = new List<RateLimitLease>();

        // 50/s per facility: a burst of ten, then five more per tenth of a second, across both processes.
        for (int i = 0; i < 20; i++)
        {
            leases.Add((i % 2 == 0 ? a : b).AttemptAcquire(Key()));
        }

        Assert.Equal(10, leases.Count(l => l.IsAcquired));
        Assert.True(b.AttemptAcquire(Key("LIC-2")).IsAcquired); // another facility has its own bucket

        leases.ForEach(l => l.Dispose());
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        leases = [.. Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).AttemptAcquire(Key()))];
        Assert.Equal(5, leases.Count(l => l.IsAcquired));
        leases.ForEach(l => l.Dispose());

        // One second later the bucket refilled up to its burst, not beyond.
        _clock.Advance(TimeSpan.FromSeconds(1));
        await redis.Connection.GetDatabase().PingAsync(); // released leases have reached the server
        await second.GetDatabase().PingAsync();
        leases = [.. Enumerable.Range(0, 20).Select(_ => a.AttemptAcquire(Key()))];
        Assert.Equal(10, leases.Count(l => l.IsAcquired));
        leases.ForEach(l => l.Dispose());
    }

    [Fact]
    public async Task The_vendor_key_bucket_caps_all_facilities_together()
    {
        using ConnectionMultiplexer second = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        RedisRateLimiter a = Create(redis.Connection, o => o.GetsPerSecondPerVendorKey = 30).Limiter;
        RedisRateLimiter b = Create(second, o => o.GetsPerSecondPerVendorKey = 30).Limiter;

        // Vendor burst 6 (30/s), facility bursts 10: four facilities together get six permits.
        int acquired = Enumerable.Range(0, 16).Count(i => (i % 2 == 0 ? a : b).AttemptAcquire(Key($"LIC-{i % 4}")).IsAcquired);

        Assert.Equal(6, acquired);
    }

    [Fact]
    public void A_lease_held_by_a_dead_process_expires()
    {
        RedisRateLimiter crashed = Create(redis.Connection, o => o.ConcurrentPerFacility = 2, TimeSpan.FromSeconds(10)).Limiter;
        RedisRateLimiter alive = Create(redis.Connection, o => o.ConcurrentPerFacility = 2, TimeSpan.FromSeconds(10)).Limiter;

        // The "crashed" process takes both slots and never releases them.
        Assert.True(crashed.AttemptAcquire(Key()).IsAcquired);
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.True(crashed.AttemptAcquire(Key()).IsAcquired);
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.False(alive.AttemptAcquire(Key()).IsAcquired);

        _clock.Advance(TimeSpan.FromSeconds(10));
        using RateLimitLease lease = alive.AttemptAcquire(Key());
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public void A_released_lease_frees_its_slot_at_once()
    {
        RedisRateLimiter limiter = Create(redis.Connection, o => o.ConcurrentPerFacility = 1).Limiter;

        RateLimitLease first = limiter.AttemptAcquire(Key());
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.False(limiter.AttemptAcquire(Key()).IsAcquired);
        first.Dispose();
        redis.Connection.GetDatabase().Ping(); // fire-and-forget release has reached the server

        Assert.True(limiter.AttemptAcquire(Key()).IsAcquired);
    }

    [Fact]
    public async Task Without_redis_it_limits_in_process_at_a_conservative_share_and_warns()
    {
        using ConnectionMultiplexer down = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,syncTimeout=500,asyncTimeout=500");
        (RedisRateLimiter limiter, FakeLogCollector logs) = Create(down, o => o.GetsPerSecondPerFacility = 40);

        // A quarter of 40/s is 10/s: a burst of two permits (and a quarter of 10 concurrent: two slots).
        List<RateLimitLease> leases = [.. Enumerable.Range(0, 5).Select(_ => limiter.AttemptAcquire(Key()))];
        int acquired = leases.Count(l => l.IsAcquired);
        leases.ForEach(l => l.Dispose());

        Assert.True(limiter.IsFallingBack);
        Assert.Equal(2, acquired);
        FakeLogRecord warning = Assert.Single(logs.GetSnapshot(), r => r.Id.Name == "RedisRateLimiterDown");
        Assert.Equal(LogLevel.Warning, warning.Level);
        using RateLimitLease waited = await limiter.AcquireAsync(Key()); // queued in process until a token is due
        Assert.True(waited.IsAcquired);
    }

    private sealed class StaticOptionsMonitor(MetrcClientOptions value) : IOptionsMonitor<MetrcClientOptions>
    {
        public MetrcClientOptions CurrentValue => value;

        public MetrcClientOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<MetrcClientOptions, string?> listener) => null;
    }
}
