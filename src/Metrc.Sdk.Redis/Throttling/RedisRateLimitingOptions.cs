namespace Metrc.Sdk;

/// <summary>Options of the Redis-backed rate limiter (<c>UseRedisRateLimiting</c>).</summary>
public sealed class RedisRateLimitingOptions
{
    /// <summary>Prefix of every Redis key the limiter writes. Default: <c>metrc:rl:</c>.</summary>
    public string KeyPrefix { get; set; } = "metrc:rl:";

    /// <summary>How long a concurrency lease lives if its process dies without releasing it. Default: 60 s.</summary>
    public TimeSpan LeaseExpiry { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Share of the configured rates each process uses on its own while Redis is unreachable (several processes may be
    /// falling back at once). Between 0 and 1. Default: 0.25.
    /// </summary>
    public double FallbackShare { get; set; } = 0.25;

    /// <summary>How long to limit in process before trying Redis again after a failure. Default: 5 s.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether bucket arithmetic uses Redis's clock (one clock for every process; default) rather than the client's
    /// <see cref="TimeProvider"/> (used by tests with a fake clock).
    /// </summary>
    public bool UseServerClock { get; set; } = true;
}
