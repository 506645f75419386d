using Metrc.Sdk;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Redis;
using Metrc.Sdk.Throttling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Plugs Redis into the Metrc clients: a rate limiter shared by every process, and a shared idempotency ledger.</summary>
public static class MetrcRedisServiceCollectionExtensions
{
    /// <summary>
    /// Shares the rate limits of every process of the application through Redis (token buckets and concurrency leases in
    /// one atomic script). If Redis becomes unreachable, each process limits itself at
    /// <see cref="RedisRateLimitingOptions.FallbackShare"/> of the rates and logs a warning until Redis is back.
    /// </summary>
    /// <param name="builder">The Metrc client builder.</param>
    /// <param name="connectionString">A StackExchange.Redis configuration string, for example <c>redis.internal:6379</c>.</param>
    /// <param name="configure">Adjusts the limiter's options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IMetrcClientBuilder UseRedisRateLimiting(this IMetrcClientBuilder builder, string connectionString, Action<RedisRateLimitingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = new RedisRateLimitingOptions();
        configure?.Invoke(options);
        if (options.FallbackShare is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), options.FallbackShare, "RedisRateLimitingOptions.FallbackShare must be greater than 0 and at most 1.");
        }

        if (options.LeaseExpiry <= TimeSpan.Zero || options.RetryInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), "RedisRateLimitingOptions.LeaseExpiry and RetryInterval must be positive.");
        }

        builder.Services.TryAddSingleton<RedisConnections>();
        builder.Services.Replace(ServiceDescriptor.Singleton<Func<MetrcThrottle, System.Threading.RateLimiting.PartitionedRateLimiter<ThrottleKey>>>(
            sp =>
            {
                RedisConnections connections = sp.GetRequiredService<RedisConnections>();
                return throttle => new RedisRateLimiter(connections.Get(connectionString), throttle, options);
            }));
        return builder;
    }

    /// <summary>
    /// Keeps the idempotency ledger (what was sent, and what Metrc answered) in Redis, shared by every process and machine
    /// of the application: <see cref="RedisIdempotencyLedger"/>.
    /// </summary>
    /// <param name="builder">The Metrc client builder.</param>
    /// <param name="connectionString">A StackExchange.Redis configuration string, for example <c>redis.internal:6379</c>.</param>
    /// <param name="configure">Adjusts the ledger's options (key prefix, database, retention).</param>
    /// <returns>The builder, for chaining.</returns>
    public static IMetrcClientBuilder UseRedisIdempotencyLedger(this IMetrcClientBuilder builder, string connectionString, Action<RedisIdempotencyLedgerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = new RedisIdempotencyLedgerOptions();
        configure?.Invoke(options);
        builder.Services.TryAddSingleton<RedisConnections>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IIdempotencyLedger>(sp =>
            new RedisIdempotencyLedger(sp.GetRequiredService<RedisConnections>().Get(connectionString), options, sp.GetService<TimeProvider>())));
        return builder;
    }
}
