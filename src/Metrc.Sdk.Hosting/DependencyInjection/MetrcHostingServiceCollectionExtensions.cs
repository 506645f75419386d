using Metrc.Sdk.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Runs Metrc background work in a generic host (<c>Microsoft.Extensions.Hosting</c>).</summary>
public static class MetrcHostingServiceCollectionExtensions
{
    /// <summary>
    /// Drains the outbox in the background while the host runs (a hosted service calling
    /// <see cref="MetrcOutboxDrainer.RunAsync"/>); stopping the host puts entries being sent back to pending. Adds the outbox
    /// with default options when <c>AddOutbox</c> was not called; choose its store as usual (for example
    /// <c>UseSqliteOutbox</c>).
    /// </summary>
    /// <param name="builder">The Metrc client builder from <c>AddMetrcClient</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IMetrcClientBuilder AddOutboxHostedService(this IMetrcClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Services.Any(static d => d.ServiceType == typeof(MetrcOutboxDrainer)))
        {
            builder.AddOutbox();
        }

        // Once, however often this is called.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MetrcOutboxHostedService>());

        return builder;
    }
}
