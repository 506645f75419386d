using CsCheck;
using Metrc.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Metrc.Sdk.Tests.Paging;

public sealed class LastModifiedWindowTests
{
    private static readonly Offset s_mountain = Offset.FromHours(-7);

    private static OffsetDateTime At(int day, int hour = 0) =>
        new LocalDateTime(2026, 1, day, hour, 0).WithOffset(s_mountain);

    [Fact]
    public void Seven_days_split_into_seven_exact_windows()
    {
        IReadOnlyList<LastModifiedWindow> windows = LastModifiedWindow.Split(At(1), At(8));

        Assert.Equal(7, windows.Count);
        for (int i = 0; i < 7; i++)
        {
            Assert.Equal(At(1 + i), windows[i].Start);
            Assert.Equal(At(2 + i), windows[i].End);
        }
    }

    [Fact]
    public void A_range_just_over_a_day_gets_a_short_last_window()
    {
        IReadOnlyList<LastModifiedWindow> windows = LastModifiedWindow.Split(At(1), At(2, 1));

        Assert.Equal([new LastModifiedWindow(At(1), At(2)), new LastModifiedWindow(At(2), At(2, 1))], windows);
    }

    [Fact]
    public void An_empty_range_is_one_empty_window_and_a_reversed_range_is_an_error()
    {
        Assert.Equal([new LastModifiedWindow(At(3), At(3))], LastModifiedWindow.Split(At(3), At(3)));
        Assert.Throws<ArgumentException>(() => LastModifiedWindow.Split(At(3), At(2)));
    }

    [Fact]
    public void Windows_cover_any_range_with_no_gap_no_overlap_and_none_over_24_hours()
    {
        Gen.Select(Gen.Long[0, 400L * 24 * 3600], Gen.Long[0, 30L * 24 * 3600])
            .Sample((startSeconds, lengthSeconds) =>
            {
                OffsetDateTime start = Instant.FromUnixTimeSeconds(1_700_000_000 + startSeconds).WithOffset(s_mountain);
                OffsetDateTime end = start.PlusSeconds(lengthSeconds);
                IReadOnlyList<LastModifiedWindow> windows = LastModifiedWindow.Split(start, end);

                Assert.Equal(start, windows[0].Start);
                Assert.Equal(end, windows[^1].End);
                Assert.Equal(Math.Max(1, (long)Math.Ceiling(lengthSeconds / 86400.0)), windows.Count);
                for (int i = 0; i < windows.Count; i++)
                {
                    Duration length = windows[i].End.ToInstant() - windows[i].Start.ToInstant();
                    Assert.InRange(length, Duration.Zero, Duration.FromHours(24));
                    if (i > 0)
                    {
                        Assert.Equal(windows[i - 1].End, windows[i].Start);
                    }
                }
            });
    }

    [Fact]
    public async Task A_seven_day_filter_sends_seven_requests_with_escaped_offsets()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();
        metrc.Server.Given(Request.Create().WithPath("/packages/v2/active").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TestData.PackagePage(1, 1, 1, 1, 1)));
        OffsetDateTime start = new LocalDateTime(2026, 1, 1, 0, 0).WithOffset(Offset.FromHours(5).Plus(Offset.FromSeconds(1800)));

        int count = 0;
        await foreach (Models.Package _ in metrc.Client.Packages.ListActiveAsync(WireMockMetrc.License, MetrcListFilter.ModifiedBetween(start, start.PlusHours(7 * 24))))
        {
            count++;
        }

        Assert.Equal(7, count);
        Assert.Equal(7, metrc.Requests.Count);
        string firstUrl = metrc.Requests[0].RequestMessage.AbsoluteUrl;
        Assert.Contains("lastModifiedStart=2026-01-01T00%3A00%3A00%2B05%3A30", firstUrl, StringComparison.Ordinal);
        Assert.Contains("lastModifiedEnd=2026-01-02T00%3A00%3A00%2B05%3A30", firstUrl, StringComparison.Ordinal);
        Assert.Equal(
            Enumerable.Range(0, 7).Select(d => $"2026-01-0{1 + d}T00:00:00+05:30"),
            metrc.Requests.Select(r => r.Query("lastModifiedStart")));
    }

    [Fact]
    public async Task A_start_without_end_runs_up_to_now_on_the_injected_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        using WireMockMetrc metrc = WireMockMetrc.Start(services: s => s.AddSingleton<TimeProvider>(clock));
        metrc.Server.Given(Request.Create().WithPath("/plants/v2/vegetative").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"Data":[],"TotalPages":0}"""));
        var filter = new MetrcListFilter { LastModifiedStart = Instant.FromUtc(2026, 3, 8, 0, 0).WithOffset(Offset.Zero) };

        MetrcPageable<Models.Plant> plants = metrc.Client.Plants.ListVegetativeAsync(WireMockMetrc.License, filter);
        await foreach (Models.Plant _ in plants)
        {
        }

        Assert.Equal(3, plants.Windows.Count);
        Assert.Equal("2026-03-10T12:00:00Z", metrc.Requests[^1].Query("lastModifiedEnd"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => plants.GetPageAsync());
    }

    [Fact]
    public void An_end_without_a_start_is_rejected()
    {
        using WireMockMetrc metrc = WireMockMetrc.Start();

        Assert.Throws<ArgumentException>(() => metrc.Client.Packages.ListActiveAsync(WireMockMetrc.License, new MetrcListFilter { LastModifiedEnd = At(2) }));
    }
}
