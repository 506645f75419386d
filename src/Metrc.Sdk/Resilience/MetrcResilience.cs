using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Metrc.Sdk.Resilience;

/// <summary>
/// The resilience layer of the HTTP pipeline (Microsoft.Extensions.Http.Resilience / Polly v8), outermost first:
/// total timeout → retry (GET, PUT, DELETE only; never POST) → circuit breaker per host → attempt timeout.
/// </summary>
internal static class MetrcResilience
{
    public const string PipelineName = "Metrc.Sdk";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, MetrcClientOptions options)
    {
        builder.AddTimeout(options.TotalTimeout);

        if (options.MaxRetryAttempts > 0)
        {
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = true,
            };

            // A POST that failed may have been applied: it is never retried here. The idempotency layer
            // reconciles such writes by reading their natural keys before anything is resent.
            retry.DisableFor(HttpMethod.Post, HttpMethod.Patch, HttpMethod.Connect);
            builder.AddRetry(retry);
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

    private static bool IsHostFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
        || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError };
}
