using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Metrc.Sdk.Models;
using NodaTime.Serialization.SystemTextJson;

namespace Metrc.Sdk.Benchmarks;

/// <summary>
/// One GET of a page of packages from Kestrel on 127.0.0.1, through the SDK (URI building, credential provider,
/// per-request Basic auth, resilience handler, throttle, error mapping, source-generated paging reader, logging, metrics
/// and tracing hooks) versus a raw <see cref="HttpClient"/> doing equal work: it sets the Basic header and binds the same
/// <see cref="Package"/> model with a source-generated context and NodaTime's System.Text.Json converters.
/// Goals: realistic page ≤ 1.25× raw; tiny page ≤ 1.5× raw and ≤ 4 KB allocated over raw per call.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private LoopbackServer _server = null!;
    private MetrcClientFactory _factory = null!;
    private IMetrcClient _client = null!;
    private HttpClient _raw = null!;
    private AuthenticationHeaderValue _auth = null!;

    /// <summary>The page: <c>Realistic</c> (20 packages, every documented field, ~65 KB) or <c>Tiny</c> (~1 KB).</summary>
    [Params("Realistic", "Tiny")]
    public string Page { get; set; } = "Realistic";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await LoopbackServer.StartAsync(Page == "Tiny" ? MetrcPages.Tiny() : MetrcPages.Realistic());
        _factory = new MetrcClientFactory(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = _server.Address };
            o.MaxRetryAttempts = 3;

            // The throttle stays in the pipeline (its cost is measured) with limits far above what a loopback run reaches.
            o.Throttling.GetsPerSecondPerFacility = o.Throttling.GetsPerSecondPerVendorKey = 10_000_000;
            o.Throttling.ConcurrentPerFacility = o.Throttling.ConcurrentPerVendorKey = 10_000;
        });
        _client = _factory.Create(MetrcState.Co, new MetrcCredentials("vendor", "user"));
        _raw = new HttpClient { BaseAddress = _server.Address };
        _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("vendor:user")));
        if (await Sdk() != await RawHttpClient())
        {
            throw new InvalidOperationException("The SDK and the raw client read different pages.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        await _factory.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<int> RawHttpClient() => RawJson.GetPageAsync(_raw, _auth);

    [Benchmark]
    public async Task<int> Sdk()
    {
        MetrcPage<Package> page = await _client.Packages.ListActiveAsync("LIC-1").GetPageAsync();
        return page.Items.Count;
    }
}

/// <summary>The raw client's JSON: a source-generated context over the SDK's public models plus NodaTime's converters.</summary>
internal static class RawJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = RawJsonContext.Default,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { NodaConverters.LocalDateConverter, NodaConverters.OffsetDateTimeConverter },
    };

    public static readonly JsonTypeInfo<RawEnvelope> Envelope = (JsonTypeInfo<RawEnvelope>)Options.GetTypeInfo(typeof(RawEnvelope));

    /// <summary>One GET of the page as the raw client sends it: cached Basic header, headers-read, stream deserialization.</summary>
    public static async Task<int> GetPageAsync(HttpClient client, AuthenticationHeaderValue auth)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "packages/v2/active?licenseNumber=LIC-1&pageNumber=1&pageSize=20");
        request.Headers.Authorization = auth;
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using Stream body = await response.Content.ReadAsStreamAsync();
        RawEnvelope envelope = (await JsonSerializer.DeserializeAsync(body, Envelope))!;
        return envelope.Data.Count;
    }
}

/// <summary>The raw client's source-generated serializer.</summary>
[JsonSerializable(typeof(RawEnvelope))]
internal sealed partial class RawJsonContext : JsonSerializerContext;

/// <summary>The paging envelope as a hand-rolled client would declare it.</summary>
public sealed class RawEnvelope
{
    /// <summary>The page's records.</summary>
    public List<Package> Data { get; set; } = [];

    /// <summary>Number of pages.</summary>
    public int TotalPages { get; set; }
}
