using Metrc.Sdk;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the durable outbox and the idempotency ledger.</summary>
public static class MetrcOutboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IMetrcOutbox"/> and its drainer (<see cref="MetrcOutboxDrainer"/>). Where entries and the
    /// idempotency ledger are kept is chosen separately: <c>UseSqliteOutbox(connectionString)</c> (package
    /// <c>Metrc.Sdk.Sqlite</c>), <see cref="UseInMemoryOutbox"/> for tests, or your own <see cref="IMetrcOutboxStore"/> and
    /// <see cref="IIdempotencyLedger"/> registrations. Without a store, resolving the outbox fails with a message saying so:
    /// an outbox must never lose entries silently. To drain in the background of a generic host, add
    /// <c>AddOutboxHostedService()</c> (package <c>Metrc.Sdk.Hosting</c>).
    /// </summary>
    /// <param name="builder">The Metrc client builder from <c>AddMetrcClient</c>.</param>
    /// <param name="configure">Sets the outbox options.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IMetrcClientBuilder AddOutbox(this IMetrcClientBuilder builder, Action<MetrcOutboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        OptionsBuilder<MetrcOutboxOptions> options = services.AddOptions<MetrcOutboxOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(static o => o.MaxAge > TimeSpan.Zero && o.Lease > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero,
                "MetrcOutboxOptions.MaxAge, Lease and PollInterval must be positive.")
            .Validate(static o => o.InitialBackoff > TimeSpan.Zero && o.MaxBackoff >= o.InitialBackoff,
                "MetrcOutboxOptions.InitialBackoff must be positive and not above MaxBackoff.")
            .Validate(static o => o.MaxConcurrentFacilities is >= 1 and <= 64, "MetrcOutboxOptions.MaxConcurrentFacilities must be between 1 and 64.")
            .ValidateOnStart();

        services.TryAddSingleton<IIdempotencyLedger>(static _ => throw Missing(nameof(IIdempotencyLedger)));
        services.TryAddSingleton<IMetrcOutboxStore>(static _ => throw Missing(nameof(IMetrcOutboxStore)));
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
        return builder;
    }

    /// <summary>
    /// Keeps outbox entries and the idempotency ledger in process memory (<see cref="InMemoryOutboxStore"/>,
    /// <see cref="InMemoryIdempotencyLedger"/>): for tests and demos only, everything is lost when the process ends.
    /// </summary>
    /// <param name="builder">The Metrc client builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IMetrcClientBuilder UseInMemoryOutbox(this IMetrcClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IMetrcOutboxStore>(static _ => new InMemoryOutboxStore()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IIdempotencyLedger>(static sp => new InMemoryIdempotencyLedger(sp.GetService<TimeProvider>())));
        return builder;
    }

    private static InvalidOperationException Missing(string service) => new(
        $"The Metrc outbox has no {service}: call UseSqliteOutbox(connectionString) (package Metrc.Sdk.Sqlite), "
        + "register your own IMetrcOutboxStore and IIdempotencyLedger, or UseInMemoryOutbox() for tests (entries are lost when the process ends).");
}
