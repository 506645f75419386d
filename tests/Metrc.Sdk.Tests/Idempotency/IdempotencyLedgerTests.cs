using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Metrc.Sdk.Tests.Idempotency;

[Collection(RedisCollection.Name)]
public sealed class IdempotencyLedgerTests(RedisServerFixture redis) : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"metrc-ledger-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    private readonly string _redisPrefix = $"test:{Guid.NewGuid():N}:";

    public static TheoryData<string> Kinds => new() { "memory", "sqlite", "redis" };

    private IIdempotencyLedger Create(string kind) => kind switch
    {
        "memory" => new InMemoryIdempotencyLedger(_clock),
        "sqlite" => new SqliteIdempotencyLedger($"Data Source={_file}", _clock),
        _ => Redis(),
    };

    private RedisIdempotencyLedger Redis(TimeSpan? retention = null) =>
        new(redis.Connection, new RedisIdempotencyLedgerOptions { KeyPrefix = _redisPrefix, Retention = retention ?? TimeSpan.FromDays(1) }, _clock);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Begin_records_intent_once_and_counts_later_attempts(string kind)
    {
        IIdempotencyLedger ledger = Create(kind);

        IdempotencyBeginResult first = await ledger.BeginAsync("k1", "Packages.Create", "LIC-1");
        _clock.Advance(TimeSpan.FromMinutes(1));
        IdempotencyBeginResult second = await ledger.BeginAsync("k1", "Packages.Create", "LIC-1");

        Assert.True(first.IsNew);
        Assert.Equal(IdempotencyState.InFlight, first.Record.State);
        Assert.Equal(1, first.Record.Attempts);
        Assert.False(second.IsNew);
        Assert.Equal(2, second.Record.Attempts);
        Assert.Equal(first.Record.CreatedAt, second.Record.CreatedAt);
        Assert.Equal(_clock.GetUtcNow(), second.Record.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_completed_key_keeps_its_result_and_stops_counting(string kind)
    {
        IIdempotencyLedger ledger = Create(kind);
        await ledger.BeginAsync("k2", "Packages.Create", "LIC-1");
        await ledger.CompleteAsync("k2", new MetrcWriteResult { Ids = [11, 12], Warnings = ["w"] });

        IdempotencyBeginResult again = await ledger.BeginAsync("k2", "Packages.Create", "LIC-1");

        Assert.Equal(IdempotencyState.Completed, again.Record.State);
        Assert.Equal([11L, 12L], again.Record.Result!.Ids);
        Assert.Equal(["w"], again.Record.Result.Warnings);
        Assert.Equal(1, again.Record.Attempts);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Outcome_unknown_is_recorded_with_its_reason(string kind)
    {
        IIdempotencyLedger ledger = Create(kind);
        await ledger.BeginAsync("k3", "Packages.Adjust", "LIC-1");

        await ledger.MarkOutcomeUnknownAsync("k3", "connection reset");

        IdempotencyRecord? record = await ledger.GetAsync("k3");
        Assert.Equal(IdempotencyState.OutcomeUnknown, record!.State);
        Assert.Equal("connection reset", record.LastError);
        Assert.Null(await ledger.GetAsync("never-begun"));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await ledger.CompleteAsync("never-begun", MetrcWriteResult.Empty));
    }

    [Fact]
    public async Task The_memory_ledger_forgets_completed_records_after_its_retention_so_it_does_not_grow_forever()
    {
        var ledger = new InMemoryIdempotencyLedger(_clock, TimeSpan.FromHours(1));
        await ledger.BeginAsync("old", "Packages.Create", "LIC-1");
        await ledger.CompleteAsync("old", new MetrcWriteResult { Ids = [1] });
        await ledger.BeginAsync("unresolved", "Packages.Create", "LIC-1"); // in flight: kept until resolved

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False((await ledger.BeginAsync("old", "Packages.Create", "LIC-1")).IsNew); // still replayed

        _clock.Advance(TimeSpan.FromHours(1));
        for (int i = 0; i < 1_100; i++)
        {
            await ledger.BeginAsync($"new-{i}", "Packages.Create", "LIC-1");
        }

        Assert.Null(await ledger.GetAsync("old"));
        Assert.Equal(IdempotencyState.InFlight, (await ledger.GetAsync("unresolved"))?.State);
        Assert.Equal(1_101, ledger.Count);
        Assert.True((await ledger.BeginAsync("old", "Packages.Create", "LIC-1")).IsNew);
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryIdempotencyLedger(_clock, TimeSpan.Zero));
    }

    [Fact]
    public async Task The_sqlite_ledger_survives_reopening_the_file()
    {
        await new SqliteIdempotencyLedger($"Data Source={_file}", _clock).BeginAsync("k4", "Packages.Create", "LIC-1");
        await new SqliteIdempotencyLedger($"Data Source={_file}", _clock).CompleteAsync("k4", new MetrcWriteResult { Ids = [7] });

        IdempotencyRecord? record = await new SqliteIdempotencyLedger($"Data Source={_file}", _clock).GetAsync("k4");

        Assert.Equal(IdempotencyState.Completed, record!.State);
        Assert.Equal([7L], record.Result!.Ids);
    }

    [Fact]
    public async Task Two_ledgers_on_one_sqlite_file_let_exactly_one_caller_begin_a_key()
    {
        var a = new SqliteIdempotencyLedger($"Data Source={_file}", _clock);
        var b = new SqliteIdempotencyLedger($"Data Source={_file}", _clock);

        IdempotencyBeginResult[] results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(async () => await (i % 2 == 0 ? a : b).BeginAsync("shared", "Packages.Create", "LIC-1"))));

        Assert.Single(results, r => r.IsNew);
        Assert.Equal(40, (await a.GetAsync("shared"))!.Attempts);
    }

    [Fact]
    public async Task Two_redis_ledgers_on_one_server_let_exactly_one_caller_begin_a_key()
    {
        using StackExchange.Redis.ConnectionMultiplexer second = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        RedisIdempotencyLedger a = Redis();
        var b = new RedisIdempotencyLedger(second, new RedisIdempotencyLedgerOptions { KeyPrefix = _redisPrefix }, _clock);

        IdempotencyBeginResult[] results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(async () => await (i % 2 == 0 ? a : b).BeginAsync("shared", "Packages.Create", "LIC-1"))));

        Assert.Single(results, r => r.IsNew);
        Assert.Equal(40, (await b.GetAsync("shared"))!.Attempts);
        await b.CompleteAsync("shared", new MetrcWriteResult { Ids = [3] });
        Assert.Equal([3L], (await a.GetAsync("shared"))!.Result!.Ids);
    }

    [Fact]
    public async Task Redis_records_expire_after_the_retention()
    {
        RedisIdempotencyLedger ledger = Redis(TimeSpan.FromSeconds(30));
        await ledger.BeginAsync("k5", "Packages.Create", "LIC-1");

        StackExchange.Redis.IDatabase db = redis.Connection.GetDatabase();
        TimeSpan? ttl = await db.KeyTimeToLiveAsync(_redisPrefix + "k5");

        Assert.InRange(ttl!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.Throws<ArgumentOutOfRangeException>(() => Redis(TimeSpan.Zero));
    }

    [Fact]
    public void Operation_keys_are_stable_and_sensitive_to_every_part()
    {
        string key = OperationKeys.Derive("Packages.Create", "LIC-1", ["A", "B"]);

        Assert.Equal(key, OperationKeys.Derive("Packages.Create", "LIC-1", ["A", "B"]));
        Assert.StartsWith("Packages.Create:LIC-1:", key, StringComparison.Ordinal);
        Assert.NotEqual(key, OperationKeys.Derive("Packages.Create", "LIC-1", ["B", "A"]));
        Assert.NotEqual(key, OperationKeys.Derive("Packages.Create", "LIC-2", ["A", "B"]));
        Assert.NotEqual(key, OperationKeys.Derive("Packages.Adjust", "LIC-1", ["A", "B"]));
        Assert.NotEqual(OperationKeys.Derive("Op", "L", ["ab", "c"]), OperationKeys.Derive("Op", "L", ["a", "bc"]));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
