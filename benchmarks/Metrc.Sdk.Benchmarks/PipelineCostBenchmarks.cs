using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Metrc.Sdk.Auth;
using Metrc.Sdk.Batching;
using Metrc.Sdk.Http;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;
using Metrc.Sdk.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk.Benchmarks;

/// <summary>
/// Where the SDK's fixed cost per call goes, without the network: every variant sends to an in-memory handler that
/// answers the tiny page, so the differences between rows are the layers themselves (loopback noise is larger than
/// some of them). <c>Raw</c>: HttpClient + Basic header + source-generated/NodaTime binding. <c>SdkCore</c>: the SDK's
/// pipeline (URI, auth handler, body read, paging reader, logging/metrics/tracing hooks) with no throttle and no
/// resilience. <c>SdkThrottle</c>: plus the throttle handler. <c>Sdk</c>: the real client (plus the resilience
/// handler: total timeout, retry, circuit breaker, attempt timeout). <c>ParseSdk</c>/<c>ParseRaw</c>: only binding the
/// realistic page from memory.
/// </summary>
[MemoryDiagnoser]
public class PipelineCostBenchmarks
{
    private readonly byte[] _tiny = MetrcPages.Tiny();
    private readonly byte[] _realistic = MetrcPages.Realistic();
    private readonly PageResponseReader<Package> _reader = new(MetrcJsonContext.Default.ListPackage);
    private ServiceProvider _services = null!;
    private IMetrcClient _sdk = null!;
    private IMetrcClient _core = null!;
    private IMetrcClient _throttled = null!;
    private HttpClient _raw = null!;
    private AuthenticationHeaderValue _auth = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrcClient(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri("http://127.0.0.1:1/") };
            o.MaxRetryAttempts = 3;
            o.Throttling.GetsPerSecondPerFacility = o.Throttling.GetsPerSecondPerVendorKey = 10_000_000;
            o.Throttling.ConcurrentPerFacility = o.Throttling.ConcurrentPerVendorKey = 10_000;
        }).HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => new StubHandler(_tiny));
        _services = services.BuildServiceProvider();
        var credentials = new StaticMetrcCredentialProvider(new MetrcCredentials("vendor", "user"));
        _sdk = _services.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co, credentials);

        MetrcClientOptions options = _services.GetRequiredService<IOptions<MetrcClientOptions>>().Value;
        MetrcClient Manual(HttpMessageHandler handler) => new(new MetrcHttpPipeline(
            new HttpClient(new MetrcAuthHandler { InnerHandler = handler }), MetrcState.Co, options.GetBaseAddress(MetrcState.Co), credentials,
            NullLogger.Instance, TimeProvider.System, options.PageSize)
        {
            Batching = new ChunkSizePolicy(options, MetrcState.Co, new ConcurrentDictionary<(MetrcState, string), int>()),
        });
        _core = Manual(new StubHandler(_tiny));
        _throttled = Manual(new MetrcThrottlingHandler(_services.GetRequiredService<MetrcThrottle>()) { InnerHandler = new StubHandler(_tiny) });
        _raw = new HttpClient(new StubHandler(_tiny)) { BaseAddress = new Uri("http://127.0.0.1:1/") };
        _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("vendor:user")));
        if (await Sdk() != await Raw() || await SdkCore() != await Raw() || ParseSdk() != ParseRaw())
        {
            throw new InvalidOperationException("The variants read different pages.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> Raw() => RawJson.GetPageAsync(_raw, _auth);

    [Benchmark]
    public async Task<int> SdkCore() => (await _core.Packages.ListActiveAsync("LIC-1").GetPageAsync()).Items.Count;

    [Benchmark]
    public async Task<int> SdkThrottle() => (await _throttled.Packages.ListActiveAsync("LIC-1").GetPageAsync()).Items.Count;

    [Benchmark]
    public async Task<int> Sdk() => (await _sdk.Packages.ListActiveAsync("LIC-1").GetPageAsync()).Items.Count;

    [Benchmark]
    public int ParseSdk() => _reader.Read(_realistic).Items.Count;

    [Benchmark]
    public int ParseRaw() => JsonSerializer.Deserialize(_realistic, RawJson.Envelope)!.Data.Count;

    /// <summary>Answers every request with 200 and a fixed JSON body, as the network would.</summary>
    private sealed class StubHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
