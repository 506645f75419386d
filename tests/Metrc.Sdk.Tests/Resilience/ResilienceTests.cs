using System.Text;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace Metrc.Sdk.Tests.Resilience;

/// <summary>The resilience layer over loopback HTTP: retries (safe methods only), circuit breaker, attempt and total timeouts.</summary>
public sealed class ResilienceTests
{
    private const string StrainsPath = "/strains/v2/active";
    private const string PlantingsPath = "/plantbatches/v2/plantings";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    private WireMockMetrc Start(Action<MetrcClientOptions> configure) =>
        WireMockMetrc.Start(configure, s => s.AddSingleton<TimeProvider>(_clock));

    /// <summary>Answers each request to <paramref name="path"/> with the next status of <paramref name="statuses"/>, then repeats the last.</summary>
    private static void Answer(WireMockMetrc metrc, string path, string method, params int[] statuses)
    {
        int next = -1;
        metrc.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(Response.Create().WithCallback(_ =>
        {
            int status = statuses[Math.Min(Interlocked.Increment(ref next), statuses.Length - 1)];
            string body = status == 200
                ? (method == "GET" ? WireMockJson.EmptyPage : """{"Ids":[1],"Warnings":[]}""")
                : """{"Message":"Service unavailable."}""";
            return WireMockJson.Json(status, body);
        }));
    }

    /// <summary>Moves the fake clock on while <paramref name="call"/> waits for retry delays or timeouts.</summary>
    private async Task<T> WithClockAsync<T>(Task<T> call, TimeSpan step)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // real time: only bounds a broken test
        while (!call.IsCompleted)
        {
            await Task.WhenAny(call, Task.Delay(20, bound.Token));
            bound.Token.ThrowIfCancellationRequested();
            _clock.Advance(step);
        }

        return await call;
    }

    private static Task<MetrcPage<Strain>> ListStrains(WireMockMetrc metrc) =>
        metrc.Client.Strains.ListActiveAsync(WireMockMetrc.License).GetPageAsync();

    private static Task<MetrcWriteResult> CreatePlanting(WireMockMetrc metrc) =>
        metrc.Client.PlantBatches.CreatePlantingsAsync(WireMockMetrc.License, [new CreatePlantingsRequest
        {
            Name = "B-1", Type = "Clone", Count = 1, Strain = "Blue Dream", Location = "Veg", ActualDate = new LocalDate(2026, 4, 30),
        }]);

    [Fact]
    public async Task A_GET_is_retried_on_5xx_and_succeeds()
    {
        using WireMockMetrc metrc = Start(o => o.MaxRetryAttempts = 3);
        Answer(metrc, StrainsPath, "GET", 503, 500, 200);

        MetrcPage<Strain> page = await WithClockAsync(ListStrains(metrc), TimeSpan.FromSeconds(1));

        Assert.Empty(page.Items);
        Assert.Equal(3, metrc.Requests.Count);
    }

    [Fact]
    public async Task A_GET_gives_up_after_its_retry_budget()
    {
        using WireMockMetrc metrc = Start(o => o.MaxRetryAttempts = 2);
        Answer(metrc, StrainsPath, "GET", 503);

        await Assert.ThrowsAsync<MetrcServerException>(() => WithClockAsync(ListStrains(metrc), TimeSpan.FromSeconds(1)));

        Assert.Equal(3, metrc.Requests.Count);
    }

    [Fact]
    public async Task A_POST_is_never_retried_by_the_resilience_layer()
    {
        using WireMockMetrc metrc = Start(o => o.MaxRetryAttempts = 3);
        Answer(metrc, PlantingsPath, "POST", 503, 200);

        MetrcOutcomeUnknownException ex = await Assert.ThrowsAsync<MetrcOutcomeUnknownException>(() => WithClockAsync(CreatePlanting(metrc), TimeSpan.FromSeconds(1)));

        Assert.IsType<MetrcServerException>(ex.InnerException); // a 503 may follow a commit: the row may be applied
        Assert.Equal([0], ex.Rows);
        Assert.Single(metrc.Requests);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_later_calls_fail_without_being_sent()
    {
        using WireMockMetrc metrc = Start(o => o.MaxRetryAttempts = 0);
        Answer(metrc, StrainsPath, "GET", 500);

        // The breaker samples 30 s and needs 20 calls with at least half failing.
        for (int i = 0; i < 20; i++)
        {
            await Assert.ThrowsAsync<MetrcServerException>(() => ListStrains(metrc));
        }

        MetrcTransportException open = await Assert.ThrowsAsync<MetrcTransportException>(() => ListStrains(metrc));
        Assert.Contains("circuit", open.Message, StringComparison.Ordinal);
        Assert.False(open.MayHaveReachedServer);
        Assert.Equal(20, metrc.Requests.Count);

        // After the break (15 s) a trial call goes through again.
        metrc.Server.ResetMappings();
        Answer(metrc, StrainsPath, "GET", 200);
        _clock.Advance(TimeSpan.FromSeconds(16));
        await ListStrains(metrc);
        Assert.Equal(21, metrc.Requests.Count);
    }

    [Fact]
    public async Task A_slow_attempt_times_out_and_the_GET_is_retried()
    {
        using WireMockMetrc metrc = Start(o =>
        {
            o.MaxRetryAttempts = 1;
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
        });
        int calls = 0;
        using var release = new ManualResetEventSlim();
        metrc.Server.Given(Request.Create().WithPath(StrainsPath).UsingGet()).RespondWith(Response.Create().WithCallback(_ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                release.Wait(TimeSpan.FromSeconds(10)); // the first attempt hangs on the server until the test is done with it
            }

            return WireMockJson.Json(200, WireMockJson.EmptyPage);
        }));

        // 5 s of fake time cut the first attempt off long before the server answers it.
        MetrcPage<Strain> page = await WithClockAsync(ListStrains(metrc), TimeSpan.FromSeconds(1));

        release.Set();
        Assert.Empty(page.Items);
        Assert.Equal(2, Volatile.Read(ref calls));
    }

    [Fact]
    public async Task The_total_timeout_bounds_every_attempt_together()
    {
        using WireMockMetrc metrc = Start(o =>
        {
            o.MaxRetryAttempts = 5;
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.TotalTimeout = TimeSpan.FromSeconds(3);
        });
        using var release = new ManualResetEventSlim();
        metrc.Server.Given(Request.Create().WithPath(StrainsPath).UsingGet()).RespondWith(Response.Create().WithCallback(_ =>
        {
            release.Wait(TimeSpan.FromSeconds(10)); // every attempt hangs until the test is done
            return WireMockJson.Json(200, WireMockJson.EmptyPage);
        }));

        MetrcTimeoutException ex = await Assert.ThrowsAsync<MetrcTimeoutException>(() => WithClockAsync(ListStrains(metrc), TimeSpan.FromMilliseconds(500)));
        release.Set();

        Assert.Equal(TimeSpan.FromSeconds(3), ex.Timeout);
    }
}
