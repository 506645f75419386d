namespace Metrc.Sdk.Sync;

/// <summary>Options of <see cref="MetrcSync"/>. Defaults are safe production values.</summary>
public sealed class MetrcSyncOptions
{
    /// <summary>
    /// How far behind now an incremental run stops, so a change Metrc commits with a slightly earlier timestamp is not
    /// missed. Default: 2 minutes.
    /// </summary>
    public TimeSpan SafetyLag { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// What the first run of a section (no checkpoint yet) reads: <see langword="null"/> (default) reads the whole
    /// current list without a <c>lastModified</c> filter; a value reads only what changed in that span before now.
    /// </summary>
    public TimeSpan? InitialLookback { get; set; }

    /// <summary>The longest on-demand refresh, in days. Default: 7 (what integrators offer).</summary>
    public int MaxRefreshDays { get; set; } = 7;

    /// <summary>
    /// How often a window is read again when its record count shrank while it was paged (a record changed and left
    /// the window, shifting the pages, so one may have been skipped). Default: 3.
    /// </summary>
    public int MaxPassesPerWindow { get; set; } = 3;

    /// <summary>
    /// How many pages of a window are requested ahead of the page being delivered (1 to 10, Metrc's in-flight limit
    /// per facility), so request latency does not hold the pull below the rate limit. Memory holds at most this many
    /// pages plus the one being delivered. Default: 4.
    /// </summary>
    public int PagesInFlight { get; set; } = 4;

    internal void Validate()
    {
        if (PagesInFlight is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(PagesInFlight), PagesInFlight, "MetrcSyncOptions.PagesInFlight must be between 1 and 10.");
        }

        if (SafetyLag < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(SafetyLag), SafetyLag, "MetrcSyncOptions.SafetyLag must not be negative.");
        }

        if (InitialLookback is { } lookback && lookback <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialLookback), lookback, "MetrcSyncOptions.InitialLookback must be positive when set.");
        }

        if (MaxRefreshDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRefreshDays), MaxRefreshDays, "MetrcSyncOptions.MaxRefreshDays must be at least 1.");
        }

        if (MaxPassesPerWindow < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPassesPerWindow), MaxPassesPerWindow, "MetrcSyncOptions.MaxPassesPerWindow must be at least 1.");
        }
    }
}
