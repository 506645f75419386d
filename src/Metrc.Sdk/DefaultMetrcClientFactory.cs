using System.Collections.Concurrent;
using Metrc.Sdk.Batching;
using Metrc.Sdk.Http;
using Metrc.Sdk.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk;

/// <summary>The DI-registered factory: builds a pipeline per client from the shared named <see cref="HttpClient"/>.</summary>
internal sealed class DefaultMetrcClientFactory : IMetrcClientFactory
{
    internal const string HttpClientName = "Metrc.Sdk";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<MetrcClientOptions> _options;
    private readonly IServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _time;

    // Chunk sizes halved after a 413, per state and operation, shared by every client this factory creates.
    private readonly ConcurrentDictionary<(MetrcState, string), int> _adaptedChunkSizes = new();

    // The ledger of idempotent writes when none is registered: in memory, shared by every client of this factory.
    private readonly Lazy<IIdempotencyLedger> _fallbackLedger;

    public DefaultMetrcClientFactory(
        IHttpClientFactory httpClientFactory,
        IOptionsMonitor<MetrcClientOptions> options,
        IServiceProvider services,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? time = null)
    {
        _httpClientFactory = httpClientFactory;
        _options = options;
        _services = services;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _time = time ?? TimeProvider.System;
        _fallbackLedger = new(() => new InMemoryIdempotencyLedger(_time));
    }

    public IMetrcClient Create(MetrcState state) => CreateCore(state, null);

    public IMetrcClient Create(MetrcState state, IMetrcCredentialProvider credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return CreateCore(state, credentials);
    }

    private MetrcClient CreateCore(MetrcState state, IMetrcCredentialProvider? credentials)
    {
        _ = MetrcStates.GetCode(state);
        MetrcClientOptions options = _options.CurrentValue;
        IMetrcCredentialProvider provider = credentials
            ?? _services.GetService<IMetrcCredentialProvider>()
            ?? (options.VendorKey is { Length: > 0 } vendor && options.UserKey is { Length: > 0 } user
                ? new StaticMetrcCredentialProvider(new MetrcCredentials(vendor, user))
                : throw new InvalidOperationException(
                    "No Metrc credentials are configured: register an IMetrcCredentialProvider, set MetrcClientOptions.VendorKey and UserKey, or pass credentials to Create."));

        ILogger logger = _loggerFactory.CreateLogger("Metrc.Sdk");
        MetrcStateRules? stateRules = options.States.TryGetValue(state, out MetrcStateOptions? stateOptions) ? stateOptions.ValidationRules : null;
        var pipeline = new MetrcHttpPipeline(
            _httpClientFactory.CreateClient(HttpClientName),
            state,
            options.GetBaseAddress(state),
            provider,
            logger,
            _time,
            options.PageSize)
        {
            Batching = new ChunkSizePolicy(options, state, _adaptedChunkSizes),
            WebhooksBaseAddress = options.WebhooksBaseAddress,
            AllowedUnlistedOperations = new HashSet<string>(options.AllowedUnlistedOperations, StringComparer.Ordinal),
            MaxResponseBodySize = options.MaxResponseBodySize,
            Ledger = options.IdempotentWrites ? _services.GetService<IIdempotencyLedger>() ?? _fallbackLedger.Value : null,
            Validation = new Validation.WriteValidation(
                options.Validation, state, stateRules,
                _services.GetService<IMetrcLifecycleSnapshotProvider>(), _time, logger),
        };
        return new MetrcClient(pipeline, new MetrcClock(state, _time, options.Validation, stateRules));
    }

    public IMetrcClient Create(MetrcState state, MetrcCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return CreateCore(state, new StaticMetrcCredentialProvider(credentials));
    }
}
