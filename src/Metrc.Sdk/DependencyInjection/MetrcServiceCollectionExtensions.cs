using System.Diagnostics.CodeAnalysis;
using Metrc.Sdk;
using Metrc.Sdk.Auth;
using Metrc.Sdk.Resilience;
using Metrc.Sdk.Throttling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Metrc clients in a service collection.</summary>
public static class MetrcServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMetrcClientFactory"/> (and <see cref="IMetrcClient"/> for
    /// <see cref="MetrcClientOptions.DefaultState"/>) over <see cref="IHttpClientFactory"/>, with options validated at startup.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    public static IMetrcClientBuilder AddMetrcClient(this IServiceCollection services, Action<MetrcClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, services.AddOptions<MetrcClientOptions>().Configure(configure));
    }

    /// <summary>Registers the Metrc clients with options bound from a configuration section (for example <c>"Metrc"</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="MetrcClientOptions"/> values.</param>
    public static IMetrcClientBuilder AddMetrcClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        OptionsBuilder<MetrcClientOptions> options = services.AddOptions<MetrcClientOptions>().Bind(configuration);
        return AddCore(services, options);
    }

    /// <summary>Uses <typeparamref name="TProvider"/> (a singleton) to resolve credentials for every request.</summary>
    public static IMetrcClientBuilder AddCredentialProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider>(this IMetrcClientBuilder builder)
        where TProvider : class, IMetrcCredentialProvider
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IMetrcCredentialProvider, TProvider>());
        return builder;
    }

    /// <summary>Uses <paramref name="provider"/> to resolve credentials for every request.</summary>
    public static IMetrcClientBuilder AddCredentialProvider(this IMetrcClientBuilder builder, IMetrcCredentialProvider provider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(provider);
        builder.Services.Replace(ServiceDescriptor.Singleton(provider));
        return builder;
    }

    private static MetrcClientBuilder AddCore(IServiceCollection services, OptionsBuilder<MetrcClientOptions> options)
    {
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetrcClientOptions>, MetrcClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMetrcClientFactory, DefaultMetrcClientFactory>();
        services.TryAddTransient<IMetrcClient>(static sp =>
        {
            MetrcClientOptions current = sp.GetRequiredService<IOptionsMonitor<MetrcClientOptions>>().CurrentValue;
            MetrcState state = current.DefaultState
                ?? throw new InvalidOperationException(
                    "IMetrcClient can only be injected when MetrcClientOptions.DefaultState is set; otherwise use IMetrcClientFactory.Create(state).");
            return sp.GetRequiredService<IMetrcClientFactory>().Create(state);
        });

        IHttpClientBuilder http = services
            .AddHttpClient(DefaultMetrcClientFactory.HttpClientName)
            .ConfigureHttpClient(static client => client.Timeout = Timeout.InfiniteTimeSpan)
            // IHttpClientFactory's default loggers redact header values in the message text but expose the raw
            // Authorization header in the structured log state. The pipeline logs every request itself (without
            // headers), so those loggers are removed for the Metrc client.
            .RemoveAllLoggers();

        http.AddResilienceHandler(MetrcResilience.PipelineName, static (pipeline, context) =>
            {
                MetrcResilience.Configure(
                    pipeline,
                    context.ServiceProvider.GetRequiredService<IOptionsMonitor<MetrcClientOptions>>().CurrentValue,
                    context.ServiceProvider.GetRequiredService<TimeProvider>());
            })
            .SelectPipelineByAuthority();

        // Added after the resilience handler, so they are inside it: each retry attempt is authorized afresh and waits
        // for its own permit from the throttle.
        http.AddHttpMessageHandler(static () => new MetrcAuthHandler());
        services.TryAddSingleton(static sp => new MetrcThrottle(
            sp.GetRequiredService<IOptionsMonitor<MetrcClientOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<Microsoft.Extensions.Logging.ILoggerFactory>(),
            sp.GetService<Func<MetrcThrottle, System.Threading.RateLimiting.PartitionedRateLimiter<ThrottleKey>>>()));
        http.AddHttpMessageHandler(static sp => new MetrcThrottlingHandler(sp.GetRequiredService<MetrcThrottle>()));
        return new MetrcClientBuilder(services, http);
    }
}
