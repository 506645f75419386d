using NodaTime;

namespace Metrc.Sdk.Hosting;

/// <summary>The worker's schedule arithmetic, on the facility's local clock.</summary>
internal static class SyncSchedule
{
    /// <summary>The first instant after <paramref name="after"/> that is a multiple of <paramref name="interval"/> past local midnight.</summary>
    public static Instant NextInterval(Instant after, DateTimeZone zone, Duration interval)
    {
        LocalDateTime local = after.InZone(zone).LocalDateTime;
        LocalDateTime midnight = local.Date.AtMidnight();
        long elapsed = (local - midnight).ToDuration().BclCompatibleTicks;
        long steps = (elapsed / interval.BclCompatibleTicks) + 1;
        LocalDateTime candidate = midnight.PlusTicks(steps * interval.BclCompatibleTicks);
        if (candidate.Date != local.Date)
        {
            candidate = local.Date.PlusDays(1).AtMidnight();
        }

        Instant next = zone.AtLeniently(candidate).ToInstant();

        // Defensive: should a DST transition map the local time to an instant not after the current one, wait one interval.
        return next > after ? next : after + interval;
    }

    /// <summary>The first instant after <paramref name="after"/> at local time <paramref name="at"/> (a skipped local time runs when the clock resumes).</summary>
    public static Instant NextDaily(Instant after, DateTimeZone zone, LocalTime at)
    {
        LocalDate today = after.InZone(zone).Date;
        Instant next = zone.AtLeniently(today.At(at)).ToInstant();
        return next > after ? next : zone.AtLeniently(today.PlusDays(1).At(at)).ToInstant();
    }
}
