using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keeps the Metrc outbox and idempotency ledger in a local SQLite database file.</summary>
public static class MetrcSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Adds the outbox (as <c>AddOutbox</c> does, when not added yet) and keeps its entries
    /// (<see cref="SqliteOutboxStore"/>) and the idempotency ledger (<see cref="SqliteIdempotencyLedger"/>) in one SQLite
    /// database: entries survive restarts and crashes, and a write interrupted by a crash is reconciled, not resent.
    /// Every process sharing the file shares the outbox.
    /// </summary>
    /// <param name="builder">The Metrc client builder from <c>AddMetrcClient</c>.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=/var/lib/app/metrc-outbox.db</c>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IMetrcClientBuilder UseSqliteOutbox(this IMetrcClientBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!builder.Services.Any(static d => d.ServiceType == typeof(IMetrcOutbox)))
        {
            builder.AddOutbox();
        }

        builder.Services.Replace(ServiceDescriptor.Singleton<IMetrcOutboxStore>(_ => new SqliteOutboxStore(connectionString)));
        return builder.UseSqliteIdempotencyLedger(connectionString);
    }

    /// <summary>
    /// Keeps the idempotency ledger of the Metrc clients in SQLite (<see cref="SqliteIdempotencyLedger"/>), for one machine;
    /// for several machines use a shared store such as Redis (<c>Metrc.Sdk.Redis</c>).
    /// </summary>
    /// <param name="builder">The Metrc client builder from <c>AddMetrcClient</c>.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IMetrcClientBuilder UseSqliteIdempotencyLedger(this IMetrcClientBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.Services.Replace(ServiceDescriptor.Singleton<IIdempotencyLedger>(sp => new SqliteIdempotencyLedger(connectionString, sp.GetService<TimeProvider>())));
        return builder;
    }
}
