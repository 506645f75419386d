using Metrc.Sdk.Models;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Metrc.Sdk.Tests.States;

public sealed class MetrcClockTests
{
    // 23:30 in Denver on 2 December is 06:30 UTC on 3 December; 00:30 in Denver on 2 December is 07:30 UTC the same day.
    public static TheoryData<string, string> DenverEvenings => new()
    {
        { "2026-12-03T06:30:00Z", "2026-12-02" },
        { "2026-12-02T07:30:00Z", "2026-12-02" },
        { "2026-12-02T00:50:00Z", "2026-12-01" },
        { "2026-07-01T05:59:59Z", "2026-06-30" },
        { "2026-07-01T06:00:00Z", "2026-07-01" },
    };

    [Theory]
    [MemberData(nameof(DenverEvenings))]
    public void GetToday_is_the_facility_date_not_the_utc_date(string utc, string expected)
    {
        var clock = new MetrcClock(MetrcState.Co, new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, clock.GetToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("America/Denver", clock.GetTimeZone().Id);
    }

    [Fact]
    public void GetToday_east_of_utc_is_ahead_of_the_utc_date()
    {
        // 20:00 UTC on 1 December is 06:00 on 2 December in Guam.
        var clock = new MetrcClock(MetrcState.Gu, new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero)));

        Assert.Equal(new LocalDate(2026, 12, 2), clock.GetToday());
    }

    [Fact]
    public void Facility_zone_wins_over_client_zone_which_wins_over_the_state_zone()
    {
        var options = new MetrcValidationOptions { TimeZoneId = "America/Chicago" };
        options.FacilityTimeZones["LIC-WEST"] = "America/Los_Angeles";
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 7, 30, 0, TimeSpan.Zero));
        var clock = new MetrcClock(MetrcState.Co, time, options);

        Assert.Equal("America/Los_Angeles", clock.GetTimeZone("LIC-WEST").Id);
        Assert.Equal(new LocalDate(2026, 12, 1), clock.GetToday("LIC-WEST"));
        Assert.Equal("America/Chicago", clock.GetTimeZone("LIC-OTHER").Id);
        Assert.Equal("America/Denver", new MetrcClock(MetrcState.Co, time).GetTimeZone("LIC-OTHER").Id);
        Assert.Equal("Europe/Paris", new MetrcClock(MetrcState.Co, time, rules: MetrcStateRules.For(MetrcState.Co) with { TimeZoneId = "Europe/Paris" }).GetTimeZone().Id);
    }

    [Fact]
    public void GetLocalNow_carries_the_facility_offset()
    {
        var clock = new MetrcClock(MetrcState.Co, new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 6, 30, 0, TimeSpan.Zero)));

        ZonedDateTime now = clock.GetLocalNow();

        Assert.Equal(new LocalDateTime(2026, 12, 2, 23, 30), now.LocalDateTime);
        Assert.Equal(Offset.FromHours(-7), now.Offset);
    }

    [Fact]
    public void An_unknown_configured_zone_is_reported_by_name()
    {
        var clock = new MetrcClock(MetrcState.Co, options: new MetrcValidationOptions { TimeZoneId = "Mars/Olympus" });

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => clock.GetToday());
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_validator_accepts_the_clock_today_and_rejects_tomorrow_at_every_half_hour_in_every_state()
    {
        foreach (MetrcState state in MetrcStates.All)
        {
            for (int halfHour = 0; halfHour < 48; halfHour++)
            {
                var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero).AddMinutes(30 * halfHour));
                var clock = new MetrcClock(state, time);
                var validator = new MetrcValidator(timeProvider: time);
                var context = new MetrcValidationContext { State = state, LicenseNumber = "LIC-1" };
                LocalDate today = clock.GetToday("LIC-1");

                Assert.True(validator.Validate([Planting(today)], context).IsValid, $"{state} at {time.GetUtcNow():O}: today {today} rejected");
                Assert.False(validator.Validate([Planting(today.PlusDays(1))], context).IsValid, $"{state} at {time.GetUtcNow():O}: tomorrow accepted");
            }
        }
    }

    [Fact]
    public void Every_client_has_a_clock_on_its_own_time_provider_and_zone_settings()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 6, 30, 0, TimeSpan.Zero));
        using var factory = new MetrcClientFactory(
            o =>
            {
                o.Validation.FacilityTimeZones["LIC-WEST"] = "America/Los_Angeles";
                o.States[MetrcState.Co] = new MetrcStateOptions { BaseAddress = new Uri("http://127.0.0.1:9/") };
            },
            timeProvider: time);
        IMetrcClient client = factory.Create(MetrcState.Co, new MetrcCredentials("vendor", "user"));

        Assert.Same(time, client.Clock.TimeProvider);
        Assert.Equal(new LocalDate(2026, 12, 2), client.Clock.GetToday("LIC-1"));
        Assert.Equal(new LocalDateTime(2026, 12, 2, 22, 30), client.Clock.GetLocalNow("LIC-WEST").LocalDateTime);
    }

    private static CreatePlantingsRequest Planting(LocalDate date) => new()
    {
        Name = "Batch",
        Type = "Clone",
        Count = 1,
        Strain = "Blue Dream",
        Location = "Veg Room",
        ActualDate = date,
    };
}
