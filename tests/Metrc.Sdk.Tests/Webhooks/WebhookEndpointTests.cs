using System.Net;
using System.Text;
using System.Text.Json;
using Metrc.Sdk.AspNetCore;
using Metrc.Sdk.Models;
using Metrc.Sdk.Sync;
using Metrc.Sdk.Tests.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Metrc.Sdk.Tests.Webhooks;

/// <summary>The webhook endpoints on a real Kestrel host on 127.0.0.1.</summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private const string Label = "1A4000000000000000000042";
    private readonly string _secret = MetrcWebhookSecrets.Create();
    private readonly string _employeeSecret = MetrcWebhookSecrets.Create();
    private readonly RecordingSink _sink = new();
    private readonly FakeLogCollector _logs = new();
    private readonly InMemorySyncCheckpointStore _checkpoints = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs));
        builder.Services.AddRouting();
        builder.Services.AddSingleton<ISyncSink>(_sink);
        builder.Services.AddSingleton<ISyncCheckpointStore>(_checkpoints);
        builder.Services.AddMetrcWebhooks(o =>
        {
            o.Endpoints.Add(Endpoint("packages-co-1", "Package", "CO-LIC-0001", _secret));
            o.Endpoints.Add(Endpoint("employees", "Employee", null, _employeeSecret));
            o.MaxBodyBytes = 64 * 1024;
        });
        _app = builder.Build();
        _app.MapMetrcWebhooks();
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_callback_with_the_right_secret_is_parsed_into_the_typed_model_and_handed_to_the_sink()
    {
        using HttpResponseMessage response = await PostAsync($"/metrc/webhooks/packages-co-1/{_secret}", PackagePayload());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SyncBatch<Package> batch = Assert.IsType<SyncBatch<Package>>(Assert.Single(_sink.Batches));
        Package package = Assert.Single(batch.Items);
        Assert.Equal(Label, package.Label);
        Assert.Equal(4.5m, package.Quantity);
        Assert.Equal(SyncSource.Webhook, batch.Source);
        Assert.Equal("CO-LIC-0001", batch.LicenseNumber);
        Assert.Equal(new SyncRecordKey(42, NodaTime.Instant.FromUtc(2026, 3, 10, 17, 0)), batch.Keys[0]);

        // A callback never moves a checkpoint.
        Assert.Null((await _checkpoints.GetAsync(new SyncCheckpointKey("CO-LIC-0001", "packages.active"))).Position);
    }

    [Fact]
    public async Task PUT_callbacks_are_accepted_like_POST()
    {
        using var content = new StringContent(PackagePayload(), Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _http.PutAsync($"/metrc/webhooks/packages-co-1/{_secret}", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/metrc/webhooks/packages-co-1/wrong-secret-0123456789")]
    [InlineData("/metrc/webhooks/packages-co-1")]
    [InlineData("/metrc/webhooks/packages-co-1/")]
    [InlineData("/metrc/webhooks")]
    [InlineData("/metrc/webhooks/no-such-endpoint/wrong-secret-0123456789")]
    public async Task A_wrong_or_missing_secret_or_unknown_endpoint_is_401_and_nothing_is_delivered(string path)
    {
        using HttpResponseMessage response = await PostAsync(path, PackagePayload());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_sink.Batches);
    }

    [Fact]
    public async Task Another_endpoints_secret_is_401()
    {
        using HttpResponseMessage response = await PostAsync($"/metrc/webhooks/packages-co-1/{_employeeSecret}", PackagePayload());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"data": {"Id": 1}, "datacount": 1}""")]
    [InlineData("""{"data": [{"Id": "x"}], "datacount": 1}""")]
    [InlineData("""{"data": [], "datacount": 2}""")]
    [InlineData("""{"datacount": 0}""")]
    [InlineData("""[1, 2]""")]
    public async Task A_malformed_body_with_the_right_secret_is_400_and_nothing_is_delivered(string body)
    {
        using HttpResponseMessage response = await PostAsync($"/metrc/webhooks/packages-co-1/{_secret}", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_sink.Batches);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        string huge = "{\"data\": [" + string.Join(",", Enumerable.Repeat("{\"Id\": 1}", 10_000)) + "], \"datacount\": 10000}";
        using HttpResponseMessage response = await PostAsync($"/metrc/webhooks/packages-co-1/{_secret}", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_object_type_without_a_model_is_delivered_as_raw_json_with_its_key()
    {
        string body = """{"data":[{"Id":7,"FullName":"A. Grower","LastModified":"2026-03-10T17:00:00+00:00"}],"datacount":1}""";
        using HttpResponseMessage response = await PostAsync($"/metrc/webhooks/employees/{_employeeSecret}", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SyncBatch<JsonElement> batch = Assert.IsType<SyncBatch<JsonElement>>(Assert.Single(_sink.Batches));
        Assert.Equal("A. Grower", batch.Items[0].GetProperty("FullName").GetString());
        Assert.Equal("Employee", batch.Section);
        Assert.Equal(7, batch.Keys[0].Id);
    }

    [Fact]
    public async Task A_rotated_secret_is_accepted_while_both_are_registered_and_rejected_after()
    {
        string next = MetrcWebhookSecrets.Create();
        MetrcWebhookRegistry registry = _app.Services.GetRequiredService<MetrcWebhookRegistry>();
        registry.Set(Endpoint("packages-co-1", "Package", "CO-LIC-0001", next, _secret));
        using (HttpResponseMessage old = await PostAsync($"/metrc/webhooks/packages-co-1/{_secret}", PackagePayload()))
        using (HttpResponseMessage fresh = await PostAsync($"/metrc/webhooks/packages-co-1/{next}", PackagePayload()))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        registry.Set(Endpoint("packages-co-1", "Package", "CO-LIC-0001", next));
        using HttpResponseMessage retired = await PostAsync($"/metrc/webhooks/packages-co-1/{_secret}", PackagePayload());
        Assert.Equal(HttpStatusCode.Unauthorized, retired.StatusCode);
    }

    [Fact]
    public async Task Nothing_secret_nor_any_payload_is_logged_at_any_level()
    {
        string wrong = "wrong-secret-" + Guid.NewGuid().ToString("N");
        (await PostAsync($"/metrc/webhooks/packages-co-1/{_secret}", PackagePayload())).Dispose();
        (await PostAsync($"/metrc/webhooks/packages-co-1/{wrong}", PackagePayload())).Dispose();
        (await PostAsync($"/metrc/webhooks/packages-co-1/{_secret}", """{"data": [{"Id": "Secret-Body-Value"}], "datacount": 1}""")).Dispose();

        IReadOnlyList<FakeLogRecord> records = _logs.GetSnapshot();
        Assert.Contains(records, r => r.Id.Name == "WebhookRejected");
        Assert.Contains(records, r => r.Id.Name == "WebhookMalformed");
        foreach (FakeLogRecord record in records)
        {
            string text = record.Message + " " + string.Join(" ", record.StructuredState?.Select(kv => kv.Value) ?? []) + " " + record.Exception;
            Assert.False(text.Contains(_secret, StringComparison.Ordinal), $"{record.Category}: {record.Message}");
            Assert.DoesNotContain(wrong, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Label, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Secret-Body-Value", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Endpoints_without_a_strong_secret_or_with_an_unknown_object_type_are_refused()
    {
        var registry = new MetrcWebhookRegistry(Microsoft.Extensions.Options.Options.Create(new MetrcWebhookOptions()));
        ArgumentException weak = Assert.Throws<ArgumentException>(() => registry.Set(Endpoint("p", "Package", null, "short")));
        Assert.DoesNotContain("short", weak.Message.Replace("shorter", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => registry.Set(Endpoint("p", "Widget", null, MetrcWebhookSecrets.Create())));
        Assert.Throws<ArgumentException>(() => registry.Set(Endpoint("a/b", "Package", null, MetrcWebhookSecrets.Create())));
    }

    private static MetrcWebhookEndpoint Endpoint(string name, string type, string? license, params string[] secrets)
    {
        var endpoint = new MetrcWebhookEndpoint { Name = name, ObjectType = type, LicenseNumber = license };
        foreach (string secret in secrets)
        {
            endpoint.Secrets.Add(secret);
        }

        return endpoint;
    }

    private static string PackagePayload() =>
        $$"""{"data":[{"Id":42,"Label":"{{Label}}","Quantity":4.5,"UnitOfMeasureName":"Grams","LastModified":"2026-03-10T17:00:00+00:00"}],"datacount":1}""";

    private async Task<HttpResponseMessage> PostAsync(string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await _http.PostAsync(path, content);
    }
}
