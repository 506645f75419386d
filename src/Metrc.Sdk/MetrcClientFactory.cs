using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk;

/// <summary>
/// The entry point for apps without dependency injection (console tools, scripts). Owns the same pooled HTTP
/// pipeline <c>AddMetrcClient</c> registers; dispose it when done.
/// </summary>
/// <example>
/// <code>
/// await using var metrc = new MetrcClientFactory(o => o.Environment = MetrcEnvironment.Sandbox);
/// IMetrcClient co = metrc.Create(MetrcState.Co, new MetrcCredentials(vendorKey, userKey));
/// await foreach (var package in co.Packages.ListActiveAsync("LIC-0001")) { ... }
/// </code>
/// </example>
public sealed class MetrcClientFactory : IMetrcClientFactory, IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IMetrcClientFactory _inner;

    /// <summary>Creates a factory with the given options.</summary>
    /// <param name="configure">Sets the options.</param>
    /// <param name="loggerFactory">Where the SDK logs; none when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for timeouts and backoff; the system clock when <see langword="null"/>.</param>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public MetrcClientFactory(Action<MetrcClientOptions> configure, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var services = new ServiceCollection();
        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
            services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        }
        else
        {
            services.AddLogging();
        }

        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddMetrcClient(configure);
        ServiceProvider provider = services.BuildServiceProvider();
        try
        {
            // Fail now, not on the first request.
            _ = provider.GetRequiredService<IOptions<MetrcClientOptions>>().Value;
            _inner = provider.GetRequiredService<IMetrcClientFactory>();
            _services = provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public IMetrcClient Create(MetrcState state) => _inner.Create(state);

    /// <inheritdoc />
    public IMetrcClient Create(MetrcState state, IMetrcCredentialProvider credentials) => _inner.Create(state, credentials);

    /// <inheritdoc />
    public IMetrcClient Create(MetrcState state, MetrcCredentials credentials) => _inner.Create(state, credentials);

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
