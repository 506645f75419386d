using Metrc.Sdk;
using Metrc.Sdk.Hosting;
using Metrc.Sdk.Sync;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the sync engine and its hosted worker.</summary>
public static class MetrcSyncServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MetrcSync"/> and <see cref="MetrcSyncWorker"/> (a hosted service). Register an
    /// <see cref="ISyncSink"/> (the application's store); an <see cref="ISyncCheckpointStore"/> registered before this
    /// call is used, otherwise progress is kept in memory (use the SQLite store from <c>Metrc.Sdk.Sqlite</c> to keep it
    /// across restarts).
    /// </summary>
    /// <param name="builder">The Metrc client builder.</param>
    /// <param name="configureWorker">Facilities and schedule.</param>
    /// <param name="configureSync">Engine options (safety lag, refresh limit, …).</param>
    public static IMetrcClientBuilder AddSyncWorker(this IMetrcClientBuilder builder, Action<MetrcSyncWorkerOptions> configureWorker, Action<MetrcSyncOptions>? configureSync = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureWorker);
        IServiceCollection services = builder.Services;
        services.AddOptions<MetrcSyncWorkerOptions>().Configure(configureWorker)
            .Validate(static o => o.Interval >= TimeSpan.FromMinutes(1) && o.Interval <= TimeSpan.FromHours(24), "MetrcSyncWorkerOptions.Interval must be between 1 minute and 24 hours.")
            .Validate(static o => o.MaxConcurrentFacilities is >= 1 and <= 64, "MetrcSyncWorkerOptions.MaxConcurrentFacilities must be between 1 and 64.")
            .Validate(static o => o.NightlyDays >= 1, "MetrcSyncWorkerOptions.NightlyDays must be at least 1.")
            .ValidateOnStart();
        OptionsBuilder<MetrcSyncOptions> sync = services.AddOptions<MetrcSyncOptions>();
        if (configureSync is not null)
        {
            sync.Configure(configureSync);
        }

        services.TryAddSingleton<ISyncCheckpointStore, InMemorySyncCheckpointStore>();
        services.TryAddSingleton(static sp => new MetrcSync(
            sp.GetRequiredService<ISyncCheckpointStore>(),
            sp.GetRequiredService<IOptions<MetrcSyncOptions>>().Value,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<MetrcSync>>()));
        services.TryAddSingleton(static sp => new MetrcSyncWorker(
            sp.GetRequiredService<MetrcSync>(),
            sp.GetRequiredService<IMetrcClientFactory>(),
            sp.GetRequiredService<ISyncSink>(),
            sp.GetRequiredService<IOptions<MetrcSyncWorkerOptions>>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<MetrcSyncWorker>>()));
        services.AddHostedService(static sp => sp.GetRequiredService<MetrcSyncWorker>());
        return builder;
    }
}
