using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;

namespace Metrc.Sdk.Benchmarks;

/// <summary>
/// One GET of a 20-package page through the SDK (URI building, per-request auth, resilience handler, error mapping,
/// source-generated deserialization, logging/metrics/tracing hooks) versus the same GET through a raw HttpClient that
/// sets the Basic header and deserializes the same envelope. Goal: SDK ≤ 1.2× raw.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private LoopbackServer _server = null!;
    private MetrcClientFactory _factory = null!;
    private IMetrcClient _client = null!;
    private HttpClient _raw = null!;
    private AuthenticationHeaderValue _auth = null!;

    // The raw baseline uses the SDK's generated metadata for packages (fastest available) and reflection only for
    // its own tiny envelope type, so the comparison is against a well-written hand-rolled client.
    private static readonly JsonSerializerOptions RawJson = new(MetrcJsonContext.Default.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(MetrcJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var page = new StringBuilder("{\"Data\":[");
        for (int i = 1; i <= 20; i++)
        {
            page.Append(i == 1 ? string.Empty : ",")
                .Append($$$"""{"Id":{{{i}}},"Label":"1A4FF01000000220000000{{{i:D2}}}","Quantity":12.5,"UnitOfMeasureName":"Grams","PackagedDate":"2026-01-31","LastModified":"2026-01-31T17:35:45-07:00","Item":{"Id":5,"Name":"Buds","ProductCategoryName":"Buds"}}""");
        }

        page.Append("],\"Total\":20,\"TotalRecords\":20,\"PageSize\":20,\"RecordsOnPage\":20,\"Page\":1,\"CurrentPage\":1,\"TotalPages\":1}");
        _server = await LoopbackServer.StartAsync(Encoding.UTF8.GetBytes(page.ToString()));
        _factory = new MetrcClientFactory(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = _server.Address };
            o.MaxRetryAttempts = 0;

            // The throttle stays in the pipeline (its cost is measured) with limits far above what a loopback run reaches.
            o.Throttling.GetsPerSecondPerFacility = o.Throttling.GetsPerSecondPerVendorKey = 10_000_000;
            o.Throttling.ConcurrentPerFacility = o.Throttling.ConcurrentPerVendorKey = 10_000;
        });
        _client = _factory.Create(MetrcState.Co, new MetrcCredentials("vendor", "user"));
        _raw = new HttpClient { BaseAddress = _server.Address };
        _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("vendor:user")));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        await _factory.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawHttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "packages/v2/active?licenseNumber=LIC-1&pageNumber=1&pageSize=20");
        request.Headers.Authorization = _auth;
        using HttpResponseMessage response = await _raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using Stream body = await response.Content.ReadAsStreamAsync();
        RawEnvelope envelope = (await JsonSerializer.DeserializeAsync<RawEnvelope>(body, RawJson))!;
        return envelope.Data.Count;
    }

    [Benchmark]
    public async Task<int> Sdk()
    {
        MetrcPage<Package> page = await _client.Packages.ListActiveAsync("LIC-1").GetPageAsync();
        return page.Items.Count;
    }
}

/// <summary>The paging envelope as a hand-rolled client would declare it.</summary>
public sealed class RawEnvelope
{
    /// <summary>The page's records.</summary>
    public List<Package> Data { get; set; } = [];

    /// <summary>Number of pages.</summary>
    public int TotalPages { get; set; }
}
