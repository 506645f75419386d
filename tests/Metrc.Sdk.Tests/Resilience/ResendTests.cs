using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Metrc.Sdk.Models;
using Metrc.Sdk.Tests.Idempotency;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Metrc.Sdk.Tests.Resilience;

/// <summary>
/// What the resilience layer sends again, whatever the method: a 429 (after Retry-After) and a request that provably never
/// reached the server; and what a call says when the circuit opens part-way through it. Over loopback HTTP, with fake time.
/// </summary>
public sealed class ResendTests : IDisposable
{
    private const string TagA = "1A4FF0100000022000000201";
    private const string StrainsPath = "/strains/v2/active";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly MeterListener _listener = new();
    private readonly List<(string Operation, string Reason)> _retries = [];

    public ResendTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Metrc.Sdk" && instrument.Name == "metrc.client.retries")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            string? operation = null, reason = null;
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == "metrc.operation")
                {
                    operation = tag.Value as string;
                }
                else if (tag.Key == "metrc.retry.reason")
                {
                    reason = tag.Value as string;
                }
            }

            lock (_retries)
            {
                _retries.Add((operation ?? "?", reason ?? "?"));
            }
        });
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    private int Retries(string operation, string reason)
    {
        lock (_retries)
        {
            return _retries.Count(r => r.Operation == operation && r.Reason == reason);
        }
    }

    private WireMockMetrc Start(Action<MetrcClientOptions>? configure = null) =>
        WireMockMetrc.Start(
            o =>
            {
                o.MaxRetryAttempts = 3;
                configure?.Invoke(o);
            },
            s => s.AddSingleton<TimeProvider>(_clock));

    /// <summary>Moves the fake clock on while <paramref name="call"/> waits for retry delays and pauses.</summary>
    private async Task<T> WithClockAsync<T>(Task<T> call, TimeSpan step, Func<bool>? before = null)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // real time: only bounds a broken test
        while (!call.IsCompleted)
        {
            await Task.WhenAny(call, Task.Delay(20, bound.Token));
            bound.Token.ThrowIfCancellationRequested();
            if (before?.Invoke() != false)
            {
                _clock.Advance(step);
            }
        }

        return await call;
    }

    /// <summary>Answers the first request to <paramref name="path"/> with 429 (Retry-After: 2) and later ones with <paramref name="body"/>.</summary>
    private static void RateLimitedOnce(WireMockMetrc metrc, string path, string method, string body)
    {
        metrc.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario("429").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "2").WithBody("""{"Message":"Too many requests."}"""));
        metrc.Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario("429").WhenStateIs("limited")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
    }

    private int Sent(WireMockMetrc metrc, string method) => metrc.Requests.Count(r => r.RequestMessage.Method == method);

    [Fact]
    public async Task A_POST_answered_429_is_sent_again_after_Retry_After_and_applied_once()
    {
        using WireMockMetrc metrc = Start();
        RateLimitedOnce(metrc, "/packages/v2", "POST", """{"Ids":[701]}""");

        MetrcWriteResult result = await WithClockAsync(
            metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [IdempotentWriterTests.Package(TagA)]), TimeSpan.FromMilliseconds(500));

        Assert.Equal([701L], result.Ids);
        Assert.Equal(2, Sent(metrc, "POST"));
        Assert.Equal([429, 200], metrc.Requests.Select(r => r.ResponseMessage.StatusCode).Cast<int>());
        Assert.Equal(1, Retries("Packages.Create", "rate_limited"));
    }

    [Fact]
    public async Task A_POST_answered_429_is_sent_again_with_idempotent_writes_on()
    {
        using WireMockMetrc metrc = Start(o => o.IdempotentWrites = true);
        RateLimitedOnce(metrc, "/packages/v2", "POST", """{"Ids":[702]}""");

        MetrcWriteResult result = await WithClockAsync(
            metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [IdempotentWriterTests.Package(TagA)]), TimeSpan.FromMilliseconds(500));

        Assert.Equal([702L], result.Ids);
        Assert.Equal(2, Sent(metrc, "POST"));
        Assert.Equal(0, Sent(metrc, "GET")); // a 429 is not a lost answer: nothing to reconcile
    }

    [Fact]
    public async Task A_PUT_answered_429_is_sent_again_after_Retry_After_and_applied_once()
    {
        using WireMockMetrc metrc = Start();
        RateLimitedOnce(metrc, "/packages/v2/finish", "PUT", string.Empty);

        await WithClockAsync(
            metrc.Client.Packages.FinishAsync(WireMockMetrc.License, [new FinishPackageRequest { Label = TagA, ActualDate = new LocalDate(2026, 1, 5) }]),
            TimeSpan.FromMilliseconds(500));

        Assert.Equal(2, Sent(metrc, "PUT"));
        Assert.Equal([429, 200], metrc.Requests.Select(r => r.ResponseMessage.StatusCode).Cast<int>());
        Assert.Equal(1, Retries("Packages.Finish", "rate_limited"));
    }

    [Fact]
    public async Task A_429_whose_Retry_After_outlasts_the_total_timeout_is_not_waited_for()
    {
        using WireMockMetrc metrc = Start(o => o.TotalTimeout = TimeSpan.FromSeconds(60));
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "600"));

        MetrcRateLimitedException ex = await Assert.ThrowsAsync<MetrcRateLimitedException>(() => WithClockAsync(
            metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [IdempotentWriterTests.Package(TagA)]), TimeSpan.FromMilliseconds(500)));

        Assert.Equal(TimeSpan.FromSeconds(600), ex.RetryAfter);
        Assert.Single(metrc.Requests);
    }

    [Fact]
    public async Task A_POST_whose_connection_was_refused_is_sent_again_once_the_server_is_up()
    {
        int port = FreePort();
        using ServiceProvider provider = ServicesAt(port, retries: 3);
        IMetrcClient client = provider.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co);
        WireMockServer? server = null;
        try
        {
            Task<MetrcWriteResult> call = client.Packages.CreateAsync(WireMockMetrc.License, [IdempotentWriterTests.Package(TagA)]);

            // The first attempt finds nothing listening; the server starts while the retry waits.
            MetrcWriteResult result = await WithClockAsync(call, TimeSpan.FromMilliseconds(250), before: () =>
            {
                if (server is null && Retries("Packages.Create", "not_sent") > 0)
                {
                    server = WireMockServer.Start(port);
                    server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
                        .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Ids":[703]}"""));
                }

                return server is not null;
            });

            Assert.Equal([703L], result.Ids);
            Assert.Single(server!.LogEntries);
            Assert.True(Retries("Packages.Create", "not_sent") >= 1);
        }
        finally
        {
            server?.Stop();
            server?.Dispose();
        }
    }

    [Fact]
    public async Task A_POST_refused_by_the_full_client_side_queue_is_sent_once_a_slot_frees()
    {
        using WireMockMetrc metrc = Start(o =>
        {
            o.Throttling.ConcurrentPerFacility = 1;
            o.Throttling.QueueLimit = 0;
        });
        var arrived = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        metrc.Server.Given(Request.Create().WithPath(StrainsPath).UsingGet()).RespondWith(Response.Create().WithCallback(_ =>
        {
            arrived.TrySetResult();
            release.Task.Wait(TimeSpan.FromSeconds(10)); // the read holds the facility's only slot until the test lets it go
            return WireMockJson.Json(200, WireMockJson.EmptyPage);
        }));
        metrc.Server.Given(Request.Create().WithPath("/packages/v2").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"Ids":[704]}"""));

        Task<MetrcPage<Strain>> read = ListStrains(metrc);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        MetrcWriteResult result = await WithClockAsync(
            metrc.Client.Packages.CreateAsync(WireMockMetrc.License, [IdempotentWriterTests.Package(TagA)]),
            TimeSpan.FromMilliseconds(250),
            before: () =>
            {
                if (Retries("Packages.Create", "not_sent") > 0)
                {
                    release.TrySetResult(); // the queue refused the first attempt; free the slot before the retry
                }

                return read.IsCompleted;
            });
        await read;

        Assert.Equal([704L], result.Ids);
        Assert.Equal(1, Sent(metrc, "POST"));
        Assert.True(Retries("Packages.Create", "not_sent") >= 1);
    }

    [Fact]
    public async Task A_POST_that_never_connects_says_it_was_not_sent()
    {
        using ServiceProvider provider = ServicesAt(FreePort(), retries: 2);
        IMetrcClient client = provider.GetRequiredService<IMetrcClientFactory>().Create(MetrcState.Co);

        MetrcTransportException ex = await Assert.ThrowsAsync<MetrcTransportException>(() => WithClockAsync(
            client.Packages.CreateAsync(WireMockMetrc.License, [IdempotentWriterTests.Package(TagA)]), TimeSpan.FromMilliseconds(250)));

        Assert.False(ex.MayHaveReachedServer);
        Assert.Equal(2, Retries("Packages.Create", "not_sent"));
    }

    [Fact]
    public async Task A_GET_whose_attempts_reached_the_server_before_the_circuit_opened_is_not_reported_as_not_sent()
    {
        using WireMockMetrc metrc = Start();
        int requests = 0;
        metrc.Server.Given(Request.Create().WithPath(StrainsPath).UsingGet()).RespondWith(Response.Create().WithCallback(_ =>
        {
            // 16 failures (4 calls x 4 attempts), one success, then failures: the breaker (20 calls, half failing) opens on
            // the third attempt of the last call, before its fourth.
            int n = Interlocked.Increment(ref requests);
            return n == 17 ? WireMockJson.Json(200, WireMockJson.EmptyPage) : WireMockJson.Json(500, """{"Message":"An error has occurred."}""");
        }));

        for (int i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<MetrcServerException>(() => WithClockAsync(ListStrains(metrc), TimeSpan.FromMilliseconds(100)));
        }

        await WithClockAsync(ListStrains(metrc), TimeSpan.FromMilliseconds(100));

        MetrcTransportException ex = await Assert.ThrowsAsync<MetrcTransportException>(() => WithClockAsync(ListStrains(metrc), TimeSpan.FromMilliseconds(100)));

        Assert.Equal(20, Volatile.Read(ref requests)); // three attempts of the last call were answered; the fourth was refused
        Assert.True(ex.MayHaveReachedServer);
        Assert.DoesNotContain("not sent", ex.Message, StringComparison.Ordinal);
        Assert.Contains("circuit", ex.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempt(s) reached Metrc", ex.Message, StringComparison.Ordinal);
    }

    private static Task<MetrcPage<Strain>> ListStrains(WireMockMetrc metrc) =>
        metrc.Client.Strains.ListActiveAsync(WireMockMetrc.License).GetPageAsync();

    /// <summary>A container whose Metrc client points at <paramref name="port"/> on 127.0.0.1 (where nothing may listen yet).</summary>
    private ServiceProvider ServicesAt(int port, int retries)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddMetrcClient(o =>
        {
            o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            o.VendorKey = WireMockMetrc.VendorKey;
            o.UserKey = WireMockMetrc.UserKey;
            o.MaxRetryAttempts = retries;
            o.Validation.Mode = MetrcValidationMode.Disabled;
        });
        return services.BuildServiceProvider();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
