using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Metrc.Sdk.Diagnostics;

/// <summary>The SDK's one <see cref="Meter"/> and one <see cref="ActivitySource"/>, both named <c>Metrc.Sdk</c>.</summary>
internal static class MetrcTelemetry
{
    public const string Name = "Metrc.Sdk";

    public static readonly ActivitySource ActivitySource = new(Name, typeof(MetrcTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(MetrcTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Requests sent, tagged with operation, method, state and status (or error type).</summary>
    public static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "metrc.client.requests", unit: "{request}", description: "Metrc requests completed, by operation and status.");

    /// <summary>Request duration including retries, in seconds.</summary>
    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "metrc.client.request.duration", unit: "s", description: "Duration of Metrc calls including retries.");

    /// <summary>429 answers received (before retries absorb them).</summary>
    public static readonly Counter<long> RateLimited = Meter.CreateCounter<long>(
        "metrc.client.rate_limited", unit: "{response}", description: "429 answers received from Metrc.");

    /// <summary>
    /// Attempts the resilience layer sends again, tagged with operation, method and reason (<c>rate_limited</c>: a 429;
    /// <c>not_sent</c>: the attempt provably never reached Metrc; <c>transient</c>: a 5xx, timeout or dropped connection of a
    /// GET, PUT or DELETE).
    /// </summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "metrc.client.retries", unit: "{attempt}", description: "Metrc attempts sent again, by operation, method and reason.");
}
