using System.Globalization;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Throttling;

public sealed class ThrottlingTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    private WireMockMetrc Start(Action<MetrcClientOptions>? configure = null) =>
        WireMockMetrc.Start(configure, s => s.AddSingleton<TimeProvider>(_clock));

    private static void GivenTooManyRequestsThenOk(WireMockMetrc metrc, Action<IResponseBuilder> tooMany)
    {
        IResponseBuilder first = Response.Create().WithStatusCode(429);
        tooMany(first);
        metrc.Server.Given(Request.Create().WithPath("/strains/v2/active").UsingGet()).InScenario("429").WillSetStateTo("ok").RespondWith(first);
        metrc.Server.Given(Request.Create().WithPath("/strains/v2/active").UsingGet()).InScenario("429").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Data":[],"TotalPages":1}"""));
    }

    private static Task<MetrcPage<Models.Strain>> ListStrains(WireMockMetrc metrc, string license = WireMockMetrc.License) =>
        metrc.Client.Strains.ListActiveAsync(license).GetPageAsync();

    private static async Task<bool> IsWaitingAsync(Task task)
    {
        await Task.WhenAny(task, Task.Delay(200));
        return !task.IsCompleted;
    }

    [Fact]
    public async Task A_429_with_retry_after_seconds_pauses_the_facility_until_then()
    {
        using WireMockMetrc metrc = Start();
        GivenTooManyRequestsThenOk(metrc, r => r.WithHeader("Retry-After", "3"));

        MetrcRateLimitedException ex = await Assert.ThrowsAsync<MetrcRateLimitedException>(() => ListStrains(metrc));
        Assert.Equal(TimeSpan.FromSeconds(3), ex.RetryAfter);

        Task next = ListStrains(metrc);
        Assert.True(await IsWaitingAsync(next));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await IsWaitingAsync(next));
        Assert.Single(metrc.Requests);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await next;
        Assert.Equal(2, metrc.Requests.Count);
    }

    [Fact]
    public async Task A_429_with_an_http_date_pauses_until_that_date()
    {
        using WireMockMetrc metrc = Start();
        string date = (_clock.GetUtcNow() + TimeSpan.FromSeconds(10)).ToString("R", CultureInfo.InvariantCulture);
        GivenTooManyRequestsThenOk(metrc, r => r.WithHeader("Retry-After", date));

        await Assert.ThrowsAsync<MetrcRateLimitedException>(() => ListStrains(metrc));
        Task next = ListStrains(metrc);
        _clock.Advance(TimeSpan.FromSeconds(9));
        Assert.True(await IsWaitingAsync(next));

        _clock.Advance(TimeSpan.FromSeconds(1));
        await next;
    }

    [Fact]
    public async Task A_429_without_retry_after_backs_off_with_jitter_around_the_default_pause()
    {
        using WireMockMetrc metrc = Start(o => o.Throttling.DefaultPause = TimeSpan.FromSeconds(10));
        GivenTooManyRequestsThenOk(metrc, _ => { });

        await Assert.ThrowsAsync<MetrcRateLimitedException>(() => ListStrains(metrc));
        Task next = ListStrains(metrc);
        _clock.Advance(TimeSpan.FromSeconds(7.9)); // jitter keeps the pause within 8..12 s
        Assert.True(await IsWaitingAsync(next));

        _clock.Advance(TimeSpan.FromSeconds(4.2));
        await next;
    }

    [Fact]
    public async Task A_429_pauses_the_vendor_key_too_so_other_facilities_wait()
    {
        using WireMockMetrc metrc = Start();
        GivenTooManyRequestsThenOk(metrc, r => r.WithHeader("Retry-After", "5"));

        await Assert.ThrowsAsync<MetrcRateLimitedException>(() => ListStrains(metrc));
        Task otherFacility = ListStrains(metrc, "LIC-0002");

        Assert.True(await IsWaitingAsync(otherFacility));
        _clock.Advance(TimeSpan.FromSeconds(5));
        await otherFacility;
    }

    [Fact]
    public async Task A_full_queue_fails_at_once_without_sending()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start(o =>
        {
            o.Throttling.ConcurrentPerFacility = 1;
            o.Throttling.QueueLimit = 0;
        });
        var arrived = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        metrc.Server.Given(Request.Create().WithPath("/strains/v2/active").UsingGet()).RespondWith(Response.Create().WithCallback(_ =>
        {
            arrived.TrySetResult();
            release.Task.Wait(TimeSpan.FromSeconds(10)); // the server holds the first request until the test lets it go
            return WireMockJson.Json(200, WireMockJson.EmptyPage);
        }));

        Task first = ListStrains(metrc);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10)); // the first request holds the facility's only slot
        MetrcThrottleQueueFullException ex = await Assert.ThrowsAsync<MetrcThrottleQueueFullException>(() => ListStrains(metrc));
        release.SetResult();

        Assert.Contains("QueueLimit", ex.Message, StringComparison.Ordinal);
        await first;
        Assert.Single(metrc.Requests);
    }

    [Theory]
    [InlineData("GetsPerSecondPerFacility")]
    [InlineData("ConcurrentPerVendorKey")]
    [InlineData("WritesPerSecondPerVendorKey")]
    public void Throttling_limits_must_be_positive(string option)
    {
        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => WireMockMetrc.Start(o =>
        {
            switch (option)
            {
                case "GetsPerSecondPerFacility": o.Throttling.GetsPerSecondPerFacility = 0; break;
                case "ConcurrentPerVendorKey": o.Throttling.ConcurrentPerVendorKey = -3; break;
                default: o.States[MetrcState.Co].Throttling = new MetrcThrottlingOptions { WritesPerSecondPerVendorKey = 0 }; break;
            }
        }).Dispose());

        Assert.Contains($".{option} must be greater than 0", ex.Message, StringComparison.Ordinal);
    }
}
