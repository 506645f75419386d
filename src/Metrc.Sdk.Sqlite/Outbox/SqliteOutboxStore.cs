using System.Globalization;
using System.Text;
using System.Text.Json;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Serialization;
using Microsoft.Data.Sqlite;

namespace Metrc.Sdk.Outbox;

/// <summary>
/// The durable default outbox store: one SQLite file (WAL), safe for several processes on one machine. Every status
/// change is a committed transaction, so a process killed at any point loses no entry.
/// </summary>
public sealed class SqliteOutboxStore : IMetrcOutboxStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS metrc_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            state INTEGER NOT NULL,
            license_number TEXT NOT NULL,
            operation TEXT NOT NULL,
            operation_key TEXT NOT NULL UNIQUE,
            payload TEXT NOT NULL,
            row_count INTEGER NOT NULL,
            status INTEGER NOT NULL,
            attempts INTEGER NOT NULL,
            enqueued_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            next_attempt_utc TEXT NULL,
            lease_expires_utc TEXT NULL,
            last_error TEXT NULL,
            row_errors TEXT NULL,
            result TEXT NULL,
            reviewed_by TEXT NULL,
            review_note TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_metrc_outbox_facility ON metrc_outbox (state, license_number, status, id);
        """;

    private const string Columns =
        "id, state, license_number, operation, operation_key, payload, row_count, status, attempts, enqueued_utc, updated_utc, " +
        "next_attempt_utc, lease_expires_utc, last_error, row_errors, result, reviewed_by, review_note";

    private readonly SqliteStore _store;

    /// <summary>Opens (and creates if needed) the outbox in the SQLite database <paramref name="connectionString"/> names.</summary>
    /// <param name="connectionString">For example <c>Data Source=metrc-outbox.db</c>.</param>
    public SqliteOutboxStore(string connectionString)
    {
        _store = new SqliteStore(connectionString, Schema);
    }

    /// <inheritdoc />
    public async ValueTask<OutboxEntry> AddAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await _store.InWriteTransactionAsync(async (connection, transaction, ct) =>
        {
            IReadOnlyList<OutboxEntry> existing = await SelectAsync(connection, transaction, "WHERE operation_key = $key", ct, ("$key", entry.OperationKey)).ConfigureAwait(false);
            if (existing.Count > 0)
            {
                return existing[0];
            }

            await using SqliteCommand insert = SqliteStore.Command(connection, transaction,
                $"INSERT INTO metrc_outbox ({Columns.Replace("id, ", string.Empty, StringComparison.Ordinal)}) VALUES " +
                "($state, $license, $operation, $key, $payload, $rows, $status, $attempts, $enqueued, $updated, $next, $lease, $error, $rowErrors, $result, $reviewedBy, $reviewNote); SELECT last_insert_rowid();",
                Parameters(entry));
            long id = (long)(await insert.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
            return entry with { Id = id };
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<OutboxEntry?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = _store.Open();
        IReadOnlyList<OutboxEntry> found = await SelectAsync(connection, null, "WHERE id = $id", cancellationToken, ("$id", id)).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<OutboxEntry>> QueryAsync(OutboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        if (query.Statuses.Count > 0)
        {
            where.Append(" AND status IN (").AppendJoin(", ", query.Statuses.Select(s => ((int)s).ToString(CultureInfo.InvariantCulture))).Append(')');
        }

        if (query.LicenseNumber is not null)
        {
            where.Append(" AND license_number = $license");
            parameters.Add(("$license", query.LicenseNumber));
        }

        where.Append(" ORDER BY id LIMIT $limit");
        parameters.Add(("$limit", query.Limit));
        await using SqliteConnection connection = _store.Open();
        return await SelectAsync(connection, null, where.ToString(), cancellationToken, [.. parameters]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<OutboxEntry?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        return await _store.InWriteTransactionAsync(async (connection, transaction, ct) =>
        {
            IReadOnlyList<OutboxEntry> heads = await SelectAsync(connection, transaction,
                "WHERE status IN (1, 2) AND id = (SELECT MIN(p.id) FROM metrc_outbox p WHERE p.state = metrc_outbox.state " +
                "AND p.license_number = metrc_outbox.license_number AND p.status IN (1, 2)) ORDER BY id",
                ct).ConfigureAwait(false);
            foreach (OutboxEntry head in heads)
            {
                if (OutboxClaims.IsClaimable(head, now))
                {
                    OutboxEntry claimed = OutboxClaims.Claim(head, now, lease);
                    await WriteAsync(connection, transaction, claimed, ct).ConfigureAwait(false);
                    return claimed;
                }
            }

            return null;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<OutboxEntry?> UpdateAsync(long id, OutboxEntryStatus expected, Func<OutboxEntry, OutboxEntry> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return await _store.InWriteTransactionAsync(async (connection, transaction, ct) =>
        {
            IReadOnlyList<OutboxEntry> found = await SelectAsync(connection, transaction, "WHERE id = $id", ct, ("$id", id)).ConfigureAwait(false);
            if (found.Count == 0 || found[0].Status != expected)
            {
                return null;
            }

            OutboxEntry updated = change(found[0]) with { Id = id };
            await WriteAsync(connection, transaction, updated, ct).ConfigureAwait(false);
            return updated;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxEntry entry, CancellationToken cancellationToken)
    {
        await using SqliteCommand update = SqliteStore.Command(connection, transaction,
            "UPDATE metrc_outbox SET status = $status, attempts = $attempts, updated_utc = $updated, next_attempt_utc = $next, " +
            "lease_expires_utc = $lease, last_error = $error, row_errors = $rowErrors, result = $result, reviewed_by = $reviewedBy, " +
            "review_note = $reviewNote WHERE id = $id",
            [.. Parameters(entry), ("$id", entry.Id)]);
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (string, object?)[] Parameters(OutboxEntry e) =>
    [
        ("$state", (int)e.State), ("$license", e.LicenseNumber), ("$operation", e.Operation), ("$key", e.OperationKey),
        ("$payload", e.Payload), ("$rows", e.RowCount), ("$status", (int)e.Status), ("$attempts", e.Attempts),
        ("$enqueued", SqliteIdempotencyLedger.Timestamp(e.EnqueuedAt)), ("$updated", SqliteIdempotencyLedger.Timestamp(e.UpdatedAt)),
        ("$next", e.NextAttemptAt is { } next ? SqliteIdempotencyLedger.Timestamp(next) : null),
        ("$lease", e.LeaseExpiresAt is { } lease ? SqliteIdempotencyLedger.Timestamp(lease) : null),
        ("$error", e.LastError),
        ("$rowErrors", e.RowErrors.Count == 0 ? null : JsonSerializer.Serialize(e.RowErrors.ToList(), StorageJsonContext.Default.ListMetrcRowError)),
        ("$result", e.Result is null ? null : JsonSerializer.Serialize(e.Result, StorageJsonContext.Default.MetrcWriteResult)),
        ("$reviewedBy", e.ReviewedBy), ("$reviewNote", e.ReviewNote),
    ];

    private static async Task<IReadOnlyList<OutboxEntry>> SelectAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using SqliteCommand command = SqliteStore.Command(connection, transaction, $"SELECT {Columns} FROM metrc_outbox {where}", parameters);
        await using SqliteDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<OutboxEntry>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new OutboxEntry
            {
                Id = r.GetInt64(0),
                State = (MetrcState)r.GetInt32(1),
                LicenseNumber = r.GetString(2),
                Operation = r.GetString(3),
                OperationKey = r.GetString(4),
                Payload = r.GetString(5),
                RowCount = r.GetInt32(6),
                Status = (OutboxEntryStatus)r.GetInt32(7),
                Attempts = r.GetInt32(8),
                EnqueuedAt = Time(r, 9)!.Value,
                UpdatedAt = Time(r, 10)!.Value,
                NextAttemptAt = Time(r, 11),
                LeaseExpiresAt = Time(r, 12),
                LastError = r.IsDBNull(13) ? null : r.GetString(13),
                RowErrors = r.IsDBNull(14) ? [] : JsonSerializer.Deserialize(r.GetString(14), StorageJsonContext.Default.ListMetrcRowError) ?? [],
                Result = r.IsDBNull(15) ? null : JsonSerializer.Deserialize(r.GetString(15), StorageJsonContext.Default.MetrcWriteResult),
                ReviewedBy = r.IsDBNull(16) ? null : r.GetString(16),
                ReviewNote = r.IsDBNull(17) ? null : r.GetString(17),
            });
        }

        return entries;
    }

    private static DateTimeOffset? Time(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
