using System.Globalization;
using System.Text.Json;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;
using StackExchange.Redis;

namespace Metrc.Sdk.Idempotency;

/// <summary>
/// An idempotency ledger in Redis, for applications scaled out over several processes or machines. Each operation key
/// is a Redis hash; beginning and completing a key are single Lua scripts, so two processes can never both begin the
/// same key. Records expire after <see cref="RedisIdempotencyLedgerOptions.Retention"/>.
/// </summary>
public sealed class RedisIdempotencyLedger : IIdempotencyLedger
{
    // KEYS[1] = record; ARGV = operation, licence, now (unix ms), retention (ms).
    // Returns: [isNew, operation, licence, state, attempts, result, error, created, updated].
    private const string BeginScript = """
        local isNew = 0
        if redis.call('EXISTS', KEYS[1]) == 0 then
          redis.call('HSET', KEYS[1], 'op', ARGV[1], 'lic', ARGV[2], 'state', '0', 'attempts', '1', 'created', ARGV[3], 'updated', ARGV[3])
          isNew = 1
        elseif redis.call('HGET', KEYS[1], 'state') ~= '1' then
          redis.call('HINCRBY', KEYS[1], 'attempts', 1)
          redis.call('HSET', KEYS[1], 'updated', ARGV[3])
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        local r = redis.call('HMGET', KEYS[1], 'op', 'lic', 'state', 'attempts', 'result', 'error', 'created', 'updated')
        table.insert(r, 1, isNew)
        return r
        """;

    // KEYS[1] = record; ARGV = state, result or '', error or '', now, retention. Returns 0 when the key was never begun.
    private const string UpdateScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[1], 'state', ARGV[1], 'updated', ARGV[4])
        if ARGV[2] == '' then redis.call('HDEL', KEYS[1], 'result') else redis.call('HSET', KEYS[1], 'result', ARGV[2]) end
        if ARGV[3] == '' then redis.call('HDEL', KEYS[1], 'error') else redis.call('HSET', KEYS[1], 'error', ARGV[3]) end
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return 1
        """;

    private static readonly RedisValue[] Fields = ["op", "lic", "state", "attempts", "result", "error", "created", "updated"];

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisIdempotencyLedgerOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a ledger over an existing connection (share one multiplexer per application).</summary>
    /// <param name="redis">The Redis connection.</param>
    /// <param name="options">Key prefix and retention; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for timestamps; the system clock when <see langword="null"/>.</param>
    public RedisIdempotencyLedger(IConnectionMultiplexer redis, RedisIdempotencyLedgerOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _options = options ?? new RedisIdempotencyLedgerOptions();
        ArgumentException.ThrowIfNullOrEmpty(_options.KeyPrefix, $"{nameof(options)}.{nameof(RedisIdempotencyLedgerOptions.KeyPrefix)}");
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.Retention, TimeSpan.Zero, $"{nameof(options)}.{nameof(RedisIdempotencyLedgerOptions.Retention)}");
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async ValueTask<IdempotencyRecord?> GetAsync(string operationKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationKey);
        RedisValue[] values = await Database.HashGetAsync(Key(operationKey), Fields).WaitAsync(cancellationToken).ConfigureAwait(false);
        return values[0].IsNull ? null : Read(operationKey, values, 0);
    }

    /// <inheritdoc />
    public async ValueTask<IdempotencyBeginResult> BeginAsync(string operationKey, string operation, string licenseNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationKey);
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentException.ThrowIfNullOrEmpty(licenseNumber);
        RedisResult result = await Database.ScriptEvaluateAsync(
            BeginScript,
            [Key(operationKey)],
            [operation, licenseNumber, Now(), (long)_options.Retention.TotalMilliseconds]).WaitAsync(cancellationToken).ConfigureAwait(false);
        var values = (RedisValue[])result!;
        return new IdempotencyBeginResult(Read(operationKey, values, 1), IsNew: (long)values[0] == 1);
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string operationKey, MetrcWriteResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return UpdateAsync(operationKey, IdempotencyState.Completed, JsonSerializer.Serialize(result, StorageJsonContext.Default.MetrcWriteResult), string.Empty, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask MarkOutcomeUnknownAsync(string operationKey, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return UpdateAsync(operationKey, IdempotencyState.OutcomeUnknown, string.Empty, reason, cancellationToken);
    }

    private IDatabase Database => _redis.GetDatabase(_options.Database);

    private RedisKey Key(string operationKey) => _options.KeyPrefix + operationKey;

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private async ValueTask UpdateAsync(string operationKey, IdempotencyState state, string result, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationKey);
        RedisResult updated = await Database.ScriptEvaluateAsync(
            UpdateScript,
            [Key(operationKey)],
            [((int)state).ToString(CultureInfo.InvariantCulture), result, error, Now(), (long)_options.Retention.TotalMilliseconds])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        if ((long)updated == 0)
        {
            throw new InvalidOperationException($"Operation key '{operationKey}' was never begun (or its record expired).");
        }
    }

    private static IdempotencyRecord Read(string operationKey, RedisValue[] values, int offset)
    {
        RedisValue result = values[offset + 4];
        RedisValue error = values[offset + 5];
        return new IdempotencyRecord
        {
            OperationKey = operationKey,
            Operation = values[offset].ToString(),
            LicenseNumber = values[offset + 1].ToString(),
            State = (IdempotencyState)(int)values[offset + 2],
            Attempts = (int)values[offset + 3],
            Result = result.IsNullOrEmpty ? null : JsonSerializer.Deserialize(result.ToString(), StorageJsonContext.Default.MetrcWriteResult),
            LastError = error.IsNullOrEmpty ? null : error.ToString(),
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds((long)values[offset + 6]),
            UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds((long)values[offset + 7]),
        };
    }
}

/// <summary>Options of <see cref="RedisIdempotencyLedger"/>.</summary>
public sealed class RedisIdempotencyLedgerOptions
{
    /// <summary>Prefix of every key the ledger writes. Default: <c>metrc:idempotency:</c>.</summary>
    public string KeyPrefix { get; set; } = "metrc:idempotency:";

    /// <summary>How long a record is kept after its last change. Default: 30 days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The Redis database number. Default: -1 (the connection's default database).</summary>
    public int Database { get; set; } = -1;
}
