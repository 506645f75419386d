using System.Diagnostics;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Diagnostics;

public sealed class SecretRedactionTests
{
    private const string CanaryVendor = "CANARY-VENDOR-7f3a9c";
    private const string CanaryUser = "CANARY-USER-91b2e4";

    [Fact]
    public async Task Canary_keys_never_appear_in_logs_exceptions_traces_or_ToString()
    {
        var logs = new FakeLogCollector();
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Metrc.Sdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (activities) { activities.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);

        using WireMockMetrc metrc = WireMockMetrc.Start(
            configure: o => { o.VendorKey = CanaryVendor; o.UserKey = CanaryUser; },
            services: s => s.AddLogging(l => l.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace)));
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TestData.PackagePage(1, 1, 1, 1, 1)));
        metrc.Server.Given(Request.Create().WithPath("/plants/v2/flowering").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401));
        metrc.Server.Given(Request.Create().WithPath("/plants/v2/vegetative").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"Message":"An error has occurred."}"""));

        var texts = new List<string>();
        await foreach (Models.Package _ in metrc.Client.Packages.ListActiveAsync(WireMockMetrc.License))
        {
        }

        texts.Add((await Assert.ThrowsAsync<MetrcAuthenticationException>(
            async () => await metrc.Client.Plants.ListFloweringAsync(WireMockMetrc.License).GetPageAsync())).ToString());
        texts.Add((await Assert.ThrowsAsync<MetrcServerException>(
            async () => await metrc.Client.Plants.ListVegetativeAsync(WireMockMetrc.License).GetPageAsync())).ToString());

        var credentials = new MetrcCredentials(CanaryVendor, CanaryUser);
        texts.Add(credentials.ToString());
        texts.Add(new MetrcRequestOptions { Credentials = credentials }.ToString());
        texts.Add(new StaticMetrcCredentialProvider(credentials).ToString()!);
        texts.Add(metrc.Client.ToString()!);
        texts.AddRange(logs.GetSnapshot().Select(r => r.Category + ": " + r.Message + " " + string.Join(";", r.StructuredState ?? [])));
        lock (activities)
        {
            texts.AddRange(activities.SelectMany(a => a.TagObjects.Select(t => $"{t.Key}={t.Value}")).Append(string.Join(";", activities.Select(a => a.DisplayName))));
        }

        Assert.NotEmpty(logs.GetSnapshot());
        Assert.NotEmpty(activities);
        string base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{CanaryVendor}:{CanaryUser}"));
        foreach (string text in texts)
        {
            Assert.DoesNotContain(CanaryVendor, text, StringComparison.Ordinal);
            Assert.DoesNotContain(CanaryUser, text, StringComparison.Ordinal);
            Assert.DoesNotContain(base64, text, StringComparison.Ordinal);
        }
    }
}
