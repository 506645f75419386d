using System.Globalization;
using System.Text.Json;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;
using Microsoft.Data.Sqlite;

namespace Metrc.Sdk.Idempotency;

/// <summary>
/// The durable default idempotency ledger: one SQLite file (WAL), safe for several processes on one machine.
/// For processes on several machines use a shared store (Redis).
/// </summary>
public sealed class SqliteIdempotencyLedger : IIdempotencyLedger
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS metrc_idempotency (
            operation_key TEXT PRIMARY KEY,
            operation TEXT NOT NULL,
            license_number TEXT NOT NULL,
            state INTEGER NOT NULL,
            attempts INTEGER NOT NULL,
            result TEXT NULL,
            last_error TEXT NULL,
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL);
        """;

    private const string Columns = "operation_key, operation, license_number, state, attempts, result, last_error, created_utc, updated_utc";

    private readonly SqliteStore _store;
    private readonly TimeProvider _time;

    /// <summary>Opens (and creates if needed) the ledger in the SQLite database <paramref name="connectionString"/> names.</summary>
    /// <param name="connectionString">For example <c>Data Source=metrc.db</c>.</param>
    /// <param name="timeProvider">The clock for timestamps; the system clock when <see langword="null"/>.</param>
    public SqliteIdempotencyLedger(string connectionString, TimeProvider? timeProvider = null)
    {
        _store = new SqliteStore(connectionString, Schema);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async ValueTask<IdempotencyRecord?> GetAsync(string operationKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationKey);
        await using SqliteConnection connection = _store.Open();
        return await ReadAsync(connection, null, operationKey, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IdempotencyBeginResult> BeginAsync(string operationKey, string operation, string licenseNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationKey);
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentException.ThrowIfNullOrEmpty(licenseNumber);
        string now = Timestamp(_time.GetUtcNow());
        return await _store.InWriteTransactionAsync(async (connection, transaction, ct) =>
        {
            IdempotencyRecord? existing = await ReadAsync(connection, transaction, operationKey, ct).ConfigureAwait(false);
            if (existing is not null)
            {
                if (existing.State != IdempotencyState.Completed)
                {
                    await using SqliteCommand update = SqliteStore.Command(connection, transaction,
                        "UPDATE metrc_idempotency SET attempts = attempts + 1, updated_utc = $now WHERE operation_key = $key",
                        ("$now", now), ("$key", operationKey));
                    await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                    existing = await ReadAsync(connection, transaction, operationKey, ct).ConfigureAwait(false);
                }

                return new IdempotencyBeginResult(existing!, IsNew: false);
            }

            await using SqliteCommand insert = SqliteStore.Command(connection, transaction,
                $"INSERT INTO metrc_idempotency ({Columns}) VALUES ($key, $op, $license, $state, 1, NULL, NULL, $now, $now)",
                ("$key", operationKey), ("$op", operation), ("$license", licenseNumber), ("$state", (int)IdempotencyState.InFlight), ("$now", now));
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            IdempotencyRecord created = (await ReadAsync(connection, transaction, operationKey, ct).ConfigureAwait(false))!;
            return new IdempotencyBeginResult(created, IsNew: true);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string operationKey, MetrcWriteResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return UpdateAsync(operationKey, IdempotencyState.Completed, JsonSerializer.Serialize(result, StorageJsonContext.Default.MetrcWriteResult), null, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask MarkOutcomeUnknownAsync(string operationKey, string reason, CancellationToken cancellationToken = default) =>
        UpdateAsync(operationKey, IdempotencyState.OutcomeUnknown, null, reason, cancellationToken);

    private async ValueTask UpdateAsync(string operationKey, IdempotencyState state, string? result, string? error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationKey);
        await using SqliteConnection connection = _store.Open();
        await using SqliteCommand command = SqliteStore.Command(connection, null,
            "UPDATE metrc_idempotency SET state = $state, result = $result, last_error = $error, updated_utc = $now WHERE operation_key = $key",
            ("$state", (int)state), ("$result", result), ("$error", error), ("$now", Timestamp(_time.GetUtcNow())), ("$key", operationKey));
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new InvalidOperationException($"Operation key '{operationKey}' was never begun.");
        }
    }

    private static async Task<IdempotencyRecord?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = SqliteStore.Command(connection, transaction,
            $"SELECT {Columns} FROM metrc_idempotency WHERE operation_key = $key", ("$key", key));
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new IdempotencyRecord
        {
            OperationKey = reader.GetString(0),
            Operation = reader.GetString(1),
            LicenseNumber = reader.GetString(2),
            State = (IdempotencyState)reader.GetInt32(3),
            Attempts = reader.GetInt32(4),
            Result = reader.IsDBNull(5) ? null : JsonSerializer.Deserialize(reader.GetString(5), StorageJsonContext.Default.MetrcWriteResult),
            LastError = reader.IsDBNull(6) ? null : reader.GetString(6),
            CreatedAt = DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture),
            UpdatedAt = DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture),
        };
    }

    internal static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
