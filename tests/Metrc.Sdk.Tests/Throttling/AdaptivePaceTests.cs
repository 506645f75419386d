using Metrc.Sdk.Tests.Infrastructure;
using Metrc.Sdk.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Throttling;

public sealed class AdaptivePaceTests
{
    private static readonly DateTimeOffset s_start = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly MetrcThrottlingOptions _options = new() { AdaptiveMinimumShare = 0.25, AdaptiveRecoveryTime = TimeSpan.FromSeconds(30) };

    [Fact]
    public void Each_429_halves_the_share_down_to_the_minimum()
    {
        var pace = new AdaptivePace();

        Assert.Equal(1, pace.ShareAt(s_start, _options));
        Assert.Equal(0.5, pace.Lower(s_start, _options));
        Assert.Equal(0.25, pace.Lower(s_start, _options));
        Assert.Equal(0.25, pace.Lower(s_start, _options));
    }

    [Fact]
    public void A_lowered_share_climbs_back_linearly_and_stays_at_full_rate()
    {
        var pace = new AdaptivePace();
        pace.Lower(s_start, _options);
        pace.Lower(s_start, _options); // 0.25

        // 0.75 of headroom over 30 s: 0.025 per second.
        Assert.Equal(0.25, pace.ShareAt(s_start, _options), 6);
        Assert.Equal(0.5, pace.ShareAt(s_start.AddSeconds(10), _options), 6);
        Assert.Equal(1, pace.ShareAt(s_start.AddSeconds(30), _options), 6);
        Assert.Equal(1, pace.ShareAt(s_start.AddSeconds(31), _options), 6);

        // A new 429 after recovery starts again from the full rate.
        Assert.Equal(0.5, pace.Lower(s_start.AddSeconds(40), _options));
    }

    [Fact]
    public void A_429_during_recovery_halves_the_share_in_force_then()
    {
        var pace = new AdaptivePace();
        pace.Lower(s_start, _options); // 0.5

        Assert.Equal(0.375, pace.Lower(s_start.AddSeconds(10), _options), 6); // 0.75 / 2
    }

    [Fact]
    public void While_lowered_requests_are_spaced_at_the_lowered_rate()
    {
        var pace = new AdaptivePace();
        Assert.Equal(TimeSpan.Zero, pace.Reserve(s_start, 10, _options)); // full rate: the buckets alone pace it

        pace.Lower(s_start, new MetrcThrottlingOptions { AdaptiveRecoveryTime = TimeSpan.FromDays(1) });
        var slow = new MetrcThrottlingOptions { AdaptiveRecoveryTime = TimeSpan.FromDays(1) };

        // 10/s at half share: one request every 200 ms.
        Assert.Equal(TimeSpan.Zero, pace.Reserve(s_start, 10, slow));
        Assert.Equal(200, pace.Reserve(s_start, 10, slow).TotalMilliseconds, 1);
        Assert.Equal(400, pace.Reserve(s_start, 10, slow).TotalMilliseconds, 1);
        Assert.Equal(300, pace.Reserve(s_start.AddMilliseconds(300), 10, slow).TotalMilliseconds, 1);
    }

    [Fact]
    public async Task After_a_429_the_facility_runs_slower_over_http()
    {
        var clock = new FakeTimeProvider(s_start);
        using WireMockMetrc metrc = await AfterOne429Async(clock, o => o.AdaptiveRecoveryTime = TimeSpan.FromDays(1));

        // Half of 10/s: the second request waits 200 ms of (fake) time for its slot.
        await ListStrains(metrc);
        Task second = ListStrains(metrc);
        await WaitUntilAsync(() => metrc.Requests.Count == 2 && !second.IsCompleted);
        Assert.Equal(2, metrc.Requests.Count);

        clock.Advance(TimeSpan.FromMilliseconds(200));
        await second;
        Assert.Equal(3, metrc.Requests.Count);
    }

    [Fact]
    public async Task With_adaptive_rate_off_a_429_only_pauses()
    {
        var clock = new FakeTimeProvider(s_start);
        using WireMockMetrc metrc = await AfterOne429Async(clock, o => o.AdaptiveRate = false);

        await ListStrains(metrc);
        await ListStrains(metrc).WaitAsync(TimeSpan.FromSeconds(10)); // within the bucket's burst: no wait (the fake clock never moves)

        Assert.Equal(3, metrc.Requests.Count);
    }

    /// <summary>A client at 10 GET/s per facility whose first request got a 429 with Retry-After: 1, with the pause over.</summary>
    private static async Task<WireMockMetrc> AfterOne429Async(FakeTimeProvider clock, Action<MetrcThrottlingOptions> configure)
    {
        WireMockMetrc metrc = WireMockMetrc.Start(
            o =>
            {
                o.Throttling.GetsPerSecondPerFacility = 10;
                configure(o.Throttling);
            },
            s => s.AddSingleton<TimeProvider>(clock));
        metrc.Server.Given(Request.Create().WithPath("/strains/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));

        await Assert.ThrowsAsync<MetrcRateLimitedException>(() => ListStrains(metrc));
        metrc.Server.ResetMappings();
        metrc.Server.Given(Request.Create().WithPath("/strains/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Data":[],"TotalPages":1}"""));
        clock.Advance(TimeSpan.FromSeconds(1));
        return metrc;
    }

    private static Task<MetrcPage<Models.Strain>> ListStrains(WireMockMetrc metrc) =>
        metrc.Client.Strains.ListActiveAsync(WireMockMetrc.License).GetPageAsync();

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    public void The_minimum_share_must_be_a_fraction(double share)
    {
        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => WireMockMetrc.Start(o => o.Throttling.AdaptiveMinimumShare = share).Dispose());

        Assert.Contains("AdaptiveMinimumShare", ex.Message, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // Real time only bounds how long the test waits for loopback I/O; the throttle itself runs on the fake clock.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}
