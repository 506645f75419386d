using Metrc.Sdk;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the durable outbox and the idempotency ledger.</summary>
public static class MetrcOutboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IMetrcOutbox"/>, its background drainer (<see cref="MetrcOutboxDrainer"/>, a hosted service) and an
    /// <see cref="IIdempotencyLedger"/>. Both store in SQLite (<see cref="MetrcOutboxOptions.ConnectionString"/>) unless an
    /// <see cref="IMetrcOutboxStore"/> or <see cref="IIdempotencyLedger"/> is registered before this call.
    /// </summary>
    /// <param name="builder">The Metrc client builder from <c>AddMetrcClient</c>.</param>
    /// <param name="configure">Sets the outbox options.</param>
    public static IMetrcClientBuilder AddOutbox(this IMetrcClientBuilder builder, Action<MetrcOutboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        OptionsBuilder<MetrcOutboxOptions> options = services.AddOptions<MetrcOutboxOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(static o => !string.IsNullOrWhiteSpace(o.ConnectionString), "MetrcOutboxOptions.ConnectionString must be set.")
            .Validate(static o => o.MaxAge > TimeSpan.Zero && o.Lease > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero,
                "MetrcOutboxOptions.MaxAge, Lease and PollInterval must be positive.")
            .Validate(static o => o.InitialBackoff > TimeSpan.Zero && o.MaxBackoff >= o.InitialBackoff,
                "MetrcOutboxOptions.InitialBackoff must be positive and not above MaxBackoff.")
            .Validate(static o => o.MaxConcurrentFacilities is >= 1 and <= 64, "MetrcOutboxOptions.MaxConcurrentFacilities must be between 1 and 64.")
            .ValidateOnStart();

        services.TryAddSingleton<IIdempotencyLedger>(static sp =>
            new SqliteIdempotencyLedger(sp.GetRequiredService<IOptions<MetrcOutboxOptions>>().Value.ConnectionString, sp.GetService<TimeProvider>()));
        services.TryAddSingleton<IMetrcOutboxStore>(static sp =>
            new SqliteOutboxStore(sp.GetRequiredService<IOptions<MetrcOutboxOptions>>().Value.ConnectionString));
        services.TryAddSingleton<OutboxOperationRegistry>();
        services.TryAddSingleton<IMetrcOutbox, MetrcOutbox>();
        services.TryAddSingleton(static sp => new MetrcOutboxDrainer(
            sp.GetRequiredService<IMetrcOutboxStore>(),
            sp.GetRequiredService<IIdempotencyLedger>(),
            sp.GetRequiredService<IMetrcClientFactory>(),
            sp.GetRequiredService<OutboxOperationRegistry>(),
            sp.GetRequiredService<IOptions<MetrcOutboxOptions>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<MetrcOutboxDrainer>>()));
        services.AddHostedService(static sp => sp.GetRequiredService<MetrcOutboxDrainer>());
        return builder;
    }
}
