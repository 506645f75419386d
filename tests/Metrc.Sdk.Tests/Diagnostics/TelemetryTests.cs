using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Diagnostics;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Requests_are_counted_by_operation_and_status_and_429s_separately()
    {
        using var requests = new MetricCollector<long>(null, "Metrc.Sdk", "metrc.client.requests");
        using var limited = new MetricCollector<long>(null, "Metrc.Sdk", "metrc.client.rate_limited");
        using var duration = new MetricCollector<double>(null, "Metrc.Sdk", "metrc.client.request.duration");
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/locations/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(429));

        await Assert.ThrowsAsync<MetrcRateLimitedException>(() => metrc.Client.Locations.ListActiveAsync("LIC-TELEMETRY").GetPageAsync());

        var mine = requests.GetMeasurementSnapshot().Where(m => (string?)m.Tags["metrc.operation"] == "Locations.ListActive").ToList();
        Assert.Contains(mine, m => (string?)m.Tags["http.response.status_code"] == "429" && (string?)m.Tags["metrc.state"] == "co");
        Assert.Contains(limited.GetMeasurementSnapshot(), m => (string?)m.Tags["metrc.operation"] == "Locations.ListActive");
        Assert.Contains(duration.GetMeasurementSnapshot(), m => (string?)m.Tags["metrc.operation"] == "Locations.ListActive" && m.Value >= 0);
    }
}
