using NodaTime;

namespace Metrc.Sdk;

/// <summary>One <c>lastModifiedStart</c>/<c>lastModifiedEnd</c> window sent to Metrc (at most 24 hours long).</summary>
/// <param name="Start">Start of the window.</param>
/// <param name="End">End of the window; equals the next window's start.</param>
public readonly record struct LastModifiedWindow(OffsetDateTime Start, OffsetDateTime End)
{
    /// <summary>The longest window Metrc accepts.</summary>
    public static Duration MaxLength { get; } = Duration.FromHours(24);

    /// <summary>
    /// Splits [<paramref name="start"/>, <paramref name="end"/>] into consecutive windows no longer than
    /// <paramref name="maxLength"/>: the first starts at <paramref name="start"/>, each next one starts where the last
    /// ended, the last ends at <paramref name="end"/>. No gaps, no overlap. An empty range yields one empty window.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or the length is not positive.</exception>
    public static IReadOnlyList<LastModifiedWindow> Split(OffsetDateTime start, OffsetDateTime end, Duration? maxLength = null)
    {
        Duration max = maxLength ?? MaxLength;
        if (max <= Duration.Zero)
        {
            throw new ArgumentException("The window length must be positive.", nameof(maxLength));
        }

        Instant from = start.ToInstant();
        Instant to = end.ToInstant();
        if (to < from)
        {
            throw new ArgumentException(
                $"lastModifiedEnd ({end}) is before lastModifiedStart ({start}).", nameof(end));
        }

        long count = Math.Max(1, (long)Math.Ceiling((to - from).TotalTicks / (double)max.TotalTicks));
        var windows = new List<LastModifiedWindow>((int)Math.Min(count, 4096));
        Instant cursor = from;
        do
        {
            Instant next = to - cursor > max ? cursor + max : to;
            windows.Add(new LastModifiedWindow(cursor.WithOffset(start.Offset), next.WithOffset(end.Offset)));
            cursor = next;
        }
        while (cursor < to);

        return windows;
    }
}
