using System.Net;
using Metrc.Sdk.Diagnostics;
using Metrc.Sdk.Errors;
using Metrc.Sdk.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace Metrc.Sdk.Resilience;

/// <summary>
/// The resilience layer of the HTTP pipeline (Microsoft.Extensions.Http.Resilience / Polly v8), outermost first:
/// total timeout → retry → circuit breaker per host → attempt timeout.
/// </summary>
/// <remarks>
/// What is sent again (<see cref="RetryReasonOf"/>): any method answered 429 (Metrc's limiter answers before it writes
/// anything), after <c>Retry-After</c> when that still fits the call's time budget; any method that provably never
/// reached the server (name resolution, refused connection, TLS handshake, the client-side throttle's full queue);
/// and GET, PUT and DELETE on transient failures (5xx, 408, timeouts, dropped connections). A POST that may have
/// reached the server is never sent again here: the idempotency layer reconciles it by reading its natural keys first.
/// </remarks>
internal static class MetrcResilience
{
    public const string PipelineName = "Metrc.Sdk";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, MetrcClientOptions options, TimeProvider time)
    {
        builder.AddTimeout(options.TotalTimeout);

        if (options.MaxRetryAttempts > 0)
        {
            TimeSpan totalTimeout = options.TotalTimeout;
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    RetryReasonOf(args.Outcome, args.Context.GetRequestMessage()) is { } reason
                    && (reason != RetryReason.RateLimited || RetryAfterFits(args.Outcome.Result!, args.Context.GetRequestMessage(), totalTimeout, time))),
                OnRetry = static args =>
                {
                    HttpRequestMessage? request = args.Context.GetRequestMessage();
                    RetryReason reason = RetryReasonOf(args.Outcome, request) ?? RetryReason.Transient;
                    string operation = request is not null && request.Options.TryGetValue(MetrcCallState.Key, out MetrcCallState? call) ? call.Operation : "unknown";
                    MetrcTelemetry.Retries.Add(
                        1,
                        new KeyValuePair<string, object?>("metrc.operation", operation),
                        new KeyValuePair<string, object?>("http.request.method", request?.Method.Method),
                        new KeyValuePair<string, object?>("metrc.retry.reason", ReasonTag(reason)));
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            // 429 means "slow down", not "the host is broken": it does not count towards opening the circuit.
            ShouldHandle = static args => ValueTask.FromResult(IsHostFailure(args.Outcome)),
            FailureRatio = 0.5,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(15),
        });

        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>Why an attempt's outcome may be sent again, or <see langword="null"/> when it must not be.</summary>
    internal static RetryReason? RetryReasonOf(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
        {
            return RetryReason.RateLimited;
        }

        if (outcome.Exception is { } exception && SendFailures.ProvablyNotSent(exception))
        {
            return RetryReason.NotSent;
        }

        bool idempotent = request is not null && request.Method != HttpMethod.Post && request.Method != HttpMethod.Patch && request.Method != HttpMethod.Connect;
        return idempotent && HttpClientResiliencePredicates.IsTransient(outcome) ? RetryReason.Transient : null;
    }

    /// <summary>Whether waiting out the 429's <c>Retry-After</c> still leaves the call time for another attempt.</summary>
    private static bool RetryAfterFits(HttpResponseMessage response, HttpRequestMessage? request, TimeSpan totalTimeout, TimeProvider time)
    {
        if (MetrcErrorMapper.GetRetryAfter(response, time) is not { } wait
            || request is null
            || !request.Options.TryGetValue(MetrcCallState.Key, out MetrcCallState? call))
        {
            return true;
        }

        TimeSpan budget = call.CallTimeout is { } own && own < totalTimeout ? own : totalTimeout;
        return time.GetElapsedTime(call.Started) + wait < budget;
    }

    private static string ReasonTag(RetryReason reason) => reason switch
    {
        RetryReason.RateLimited => "rate_limited",
        RetryReason.NotSent => "not_sent",
        _ => "transient",
    };

    private static bool IsHostFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
        || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError };
}

/// <summary>Why the resilience layer sends an attempt again (the <c>metrc.retry.reason</c> tag).</summary>
internal enum RetryReason
{
    /// <summary>Metrc answered 429: nothing was written.</summary>
    RateLimited,

    /// <summary>The attempt provably never reached Metrc.</summary>
    NotSent,

    /// <summary>A transient failure of an idempotent method (GET, PUT, DELETE).</summary>
    Transient,
}
