using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;
using Metrc.Sdk.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk.Throttling;

/// <summary>
/// Shared by every Metrc client of a container: the rate limiter (in-process, or Redis-backed across processes) and
/// the pauses 429s impose on a vendor key or facility.
/// </summary>
internal sealed class MetrcThrottle : IDisposable
{
    private readonly IOptionsMonitor<MetrcClientOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Pause> _pauses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AdaptivePace> _paces = new(StringComparer.Ordinal);

    public MetrcThrottle(IOptionsMonitor<MetrcClientOptions> options, TimeProvider time, ILoggerFactory? loggers = null, Func<MetrcThrottle, PartitionedRateLimiter<ThrottleKey>>? limiter = null)
    {
        _options = options;
        _time = time;
        _logger = (loggers ?? NullLoggerFactory.Instance).CreateLogger("Metrc.Sdk.Throttling");
        Limiter = limiter?.Invoke(this) ?? InProcessRateLimiter.Create(OptionsFor);
    }

    public PartitionedRateLimiter<ThrottleKey> Limiter { get; }

    public TimeProvider TimeProvider => _time;

    public ILogger Logger => _logger;

    public MetrcThrottlingOptions OptionsFor(MetrcState state)
    {
        MetrcClientOptions options = _options.CurrentValue;
        return options.States.TryGetValue(state, out MetrcStateOptions? stateOptions) && stateOptions.Throttling is { } own ? own : options.Throttling;
    }

    /// <summary>Waits while a 429 pauses the request's vendor key or facility.</summary>
    public async ValueTask WaitWhilePausedAsync(ThrottleKey key, CancellationToken cancellationToken)
    {
        if (_pauses.IsEmpty)
        {
            return; // no 429 seen yet: no partition names to build
        }

        while (true)
        {
            DateTimeOffset until = Max(PausedUntil(VendorPartition(key)), PausedUntil(FacilityPartition(key)));
            TimeSpan remaining = until - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(remaining, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits for the request's slot while adaptive lowering holds its vendor key or facility below the configured rate
    /// (see <see cref="MetrcThrottlingOptions.AdaptiveRate"/>); returns at once otherwise.
    /// </summary>
    public async ValueTask WaitForAdaptiveSlotAsync(ThrottleKey key, CancellationToken cancellationToken)
    {
        if (_paces.IsEmpty)
        {
            return;
        }

        MetrcThrottlingOptions options = OptionsFor(key.State);
        if (!options.AdaptiveRate)
        {
            return;
        }

        ThrottleLimits limits = ThrottleLimits.For(options, key.IsWrite);
        DateTimeOffset now = _time.GetUtcNow();
        TimeSpan wait = TimeSpan.Zero;
        if (_paces.TryGetValue(VendorPartition(key), out AdaptivePace? vendor))
        {
            wait = vendor.Reserve(now, limits.VendorRate, options);
        }

        if (FacilityPartition(key) is { } facility && _paces.TryGetValue(facility, out AdaptivePace? facilityPace))
        {
            TimeSpan facilityWait = facilityPace.Reserve(now, limits.FacilityRate, options);
            wait = facilityWait > wait ? facilityWait : wait;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Learns from an answer: a 429 pauses the partitions (Retry-After, else backoff with jitter); anything else ends a 429 streak.</summary>
    public void Observe(ThrottleKey key, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            if (_pauses.IsEmpty)
            {
                return;
            }

            Reset(VendorPartition(key));
            if (FacilityPartition(key) is { } facility)
            {
                Reset(facility);
            }

            return;
        }

        MetrcThrottlingOptions options = OptionsFor(key.State);
        DateTimeOffset now = _time.GetUtcNow();
        TimeSpan? retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };

        // Metrc limits both the key and the facility; a 429 cannot say which, so both pause.
        foreach (string? partition in (string?[])[VendorPartition(key), FacilityPartition(key)])
        {
            if (partition is null)
            {
                continue;
            }

            _pauses.AddOrUpdate(
                partition,
                _ => new Pause(now + PauseLength(retryAfter, 0, options), 1),
                (_, current) => new Pause(Max(current.Until, now + PauseLength(retryAfter, current.Streak, options)), current.Streak + 1));
            if (options.AdaptiveRate)
            {
                double share = _paces.GetOrAdd(partition, static _ => new AdaptivePace()).Lower(now, options);
                Log.ThrottleRateLowered(_logger, partition, share);
            }
        }

        Log.ThrottlePaused(_logger, key.State, key.Facility ?? "-", (retryAfter ?? options.DefaultPause).TotalSeconds);
    }

    public void Dispose() => Limiter.Dispose();

    private static TimeSpan PauseLength(TimeSpan? retryAfter, int streak, MetrcThrottlingOptions options)
    {
        if (retryAfter is { } given && given > TimeSpan.Zero)
        {
            return given < options.MaxPause ? given : options.MaxPause;
        }

        double seconds = options.DefaultPause.TotalSeconds * Math.Pow(2, Math.Min(streak, 16)) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.MaxPause.TotalSeconds));
    }

    private DateTimeOffset PausedUntil(string? partition) =>
        partition is not null && _pauses.TryGetValue(partition, out Pause pause) ? pause.Until : DateTimeOffset.MinValue;

    private void Reset(string partition)
    {
        if (_pauses.TryGetValue(partition, out Pause pause) && pause.Streak > 0 && pause.Until <= _time.GetUtcNow())
        {
            _pauses.TryUpdate(partition, pause with { Streak = 0 }, pause);
        }
    }

    private static string VendorPartition(ThrottleKey key) => $"{key.State}:{key.VendorId}";

    private static string? FacilityPartition(ThrottleKey key) => key.Facility is null ? null : $"{key.State}:{key.VendorId}:{key.Facility}";

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private readonly record struct Pause(DateTimeOffset Until, int Streak);
}

/// <summary>
/// Waits for a permit from the throttle before each attempt (so retries are paced too), holds it while the request is
/// in flight, tells the throttle about 429s, and records on the call whether each attempt may have reached Metrc (the
/// innermost SDK handler, so it sees exactly what went to the network).
/// </summary>
internal sealed class MetrcThrottlingHandler(MetrcThrottle throttle) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(Http.MetrcCallState.Key, out Http.MetrcCallState? call);
        if (!request.Options.TryGetValue(ThrottleKey.OptionsKey, out ThrottleKey key) || !throttle.OptionsFor(key.State).Enabled)
        {
            return await SendAttemptAsync(request, call, cancellationToken).ConfigureAwait(false);
        }

        await throttle.WaitWhilePausedAsync(key, cancellationToken).ConfigureAwait(false);
        await throttle.WaitForAdaptiveSlotAsync(key, cancellationToken).ConfigureAwait(false);
        using RateLimitLease lease = await throttle.Limiter.AcquireAsync(key, 1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            var full = new MetrcThrottleQueueFullException(
                $"Too many requests are waiting for the rate limit of {key.State} facility '{key.Facility ?? "-"}'; nothing was sent. "
                + "Slow down or raise MetrcThrottlingOptions.QueueLimit.",
                request.Method.Method,
                request.RequestUri?.PathAndQuery);
            call?.AttemptEnded(full);
            throw full;
        }

        HttpResponseMessage response = await SendAttemptAsync(request, call, cancellationToken).ConfigureAwait(false);
        throttle.Observe(key, response);
        return response;
    }

    /// <summary>Sends one attempt and records on the call whether it may have reached Metrc.</summary>
    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, Http.MetrcCallState? call, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            call?.AttemptEnded(ex);
            throw;
        }

        call?.AttemptEnded(null);
        return response;
    }
}
