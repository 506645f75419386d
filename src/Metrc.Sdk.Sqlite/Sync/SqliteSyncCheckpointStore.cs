using Metrc.Sdk.Idempotency;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Metrc.Sdk.Sync;

/// <summary>
/// An <see cref="ISyncCheckpointStore"/> in a SQLite file (WAL journal, safe for several processes on one machine):
/// sync progress survives restarts and crashes. Tables <c>metrc_sync_checkpoints</c> and <c>metrc_sync_delivered</c>
/// are created when missing.
/// </summary>
public sealed class SqliteSyncCheckpointStore : ISyncCheckpointStore
{
    private const long NoInstant = long.MinValue;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS metrc_sync_checkpoints (
            license TEXT NOT NULL, section TEXT NOT NULL, position INTEGER NULL,
            PRIMARY KEY (license, section));
        CREATE TABLE IF NOT EXISTS metrc_sync_delivered (
            license TEXT NOT NULL, section TEXT NOT NULL, id INTEGER NOT NULL, modified INTEGER NOT NULL,
            PRIMARY KEY (license, section, id, modified)) WITHOUT ROWID;
        """;

    private readonly SqliteStore _store;

    /// <summary>Opens (and creates when missing) the store.</summary>
    /// <param name="connectionString">A SQLite connection string, e.g. <c>Data Source=sync.db</c>.</param>
    public SqliteSyncCheckpointStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _store = new SqliteStore(connectionString, Schema);
    }

    /// <inheritdoc />
    public async ValueTask<SyncCheckpoint> GetAsync(SyncCheckpointKey key, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = _store.Open();
        Instant? position = null;
        await using (SqliteCommand command = SqliteStore.Command(connection, null,
            "SELECT position FROM metrc_sync_checkpoints WHERE license = $l AND section = $s", ("$l", key.LicenseNumber), ("$s", key.Section)))
        {
            object? value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (value is long ticks)
            {
                position = Instant.FromUnixTimeTicks(ticks);
            }
        }

        var delivered = new List<SyncRecordKey>();
        await using (SqliteCommand command = SqliteStore.Command(connection, null,
            "SELECT id, modified FROM metrc_sync_delivered WHERE license = $l AND section = $s", ("$l", key.LicenseNumber), ("$s", key.Section)))
        {
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                long modified = reader.GetInt64(1);
                delivered.Add(new SyncRecordKey(reader.GetInt64(0), modified == NoInstant ? null : Instant.FromUnixTimeTicks(modified)));
            }
        }

        return new SyncCheckpoint { Position = position, Delivered = delivered };
    }

    /// <inheritdoc />
    public async ValueTask AddDeliveredAsync(SyncCheckpointKey key, IReadOnlyCollection<SyncRecordKey> delivered, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        if (delivered.Count == 0)
        {
            return;
        }

        await _store.InWriteTransactionAsync(async (connection, transaction, ct) =>
        {
            await using SqliteCommand insert = SqliteStore.Command(connection, transaction,
                "INSERT OR IGNORE INTO metrc_sync_delivered (license, section, id, modified) VALUES ($l, $s, $id, $m)",
                ("$l", key.LicenseNumber), ("$s", key.Section), ("$id", 0L), ("$m", 0L));
            foreach (SyncRecordKey record in delivered)
            {
                insert.Parameters["$id"].Value = record.Id;
                insert.Parameters["$m"].Value = record.LastModified?.ToUnixTimeTicks() ?? NoInstant;
                await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask AdvanceAsync(SyncCheckpointKey key, Instant position, CancellationToken cancellationToken = default)
    {
        long ticks = position.ToUnixTimeTicks();
        await _store.InWriteTransactionAsync(async (connection, transaction, ct) =>
        {
            await using (SqliteCommand upsert = SqliteStore.Command(connection, transaction,
                "INSERT INTO metrc_sync_checkpoints (license, section, position) VALUES ($l, $s, $p) ON CONFLICT (license, section) DO UPDATE SET position = $p",
                ("$l", key.LicenseNumber), ("$s", key.Section), ("$p", ticks)))
            {
                await upsert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            // Versions before the new position (and those without an instant, stored as the smallest value) are done.
            await using SqliteCommand prune = SqliteStore.Command(connection, transaction,
                "DELETE FROM metrc_sync_delivered WHERE license = $l AND section = $s AND modified < $p",
                ("$l", key.LicenseNumber), ("$s", key.Section), ("$p", ticks));
            await prune.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }
}
