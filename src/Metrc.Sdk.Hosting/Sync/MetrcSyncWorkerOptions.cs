using NodaTime;

namespace Metrc.Sdk.Hosting;

/// <summary>Options of <see cref="MetrcSyncWorker"/>. Defaults: hourly incremental pulls, a 2-day sweep at 02:00 local.</summary>
public sealed class MetrcSyncWorkerOptions
{
    /// <summary>The facilities to sync.</summary>
    public IList<MetrcSyncFacility> Facilities { get; } = [];

    /// <summary>
    /// How often an incremental pull runs, aligned to the facility's local midnight (hourly runs at the top of each
    /// local hour). Between 1 minute and 24 hours. Default: 1 hour.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The facility-local time of the nightly sweep. Default: 02:00.</summary>
    public LocalTime NightlyAt { get; set; } = new(2, 0);

    /// <summary>
    /// How many days the nightly sweep reads again (an on-demand refresh of every section, catching anything an
    /// incremental pull or a webhook missed), 1 to the engine's <c>MaxRefreshDays</c>. Default: 2.
    /// </summary>
    public int NightlyDays { get; set; } = 2;

    /// <summary>Whether each facility is pulled once right at start, before its first scheduled run. Default: true.</summary>
    public bool RunOnStart { get; set; } = true;

    /// <summary>
    /// How many facilities sync at once. All of them share the client's throttle (per facility and per vendor key,
    /// across processes with Redis) with the application's own calls. Default: 4.
    /// </summary>
    public int MaxConcurrentFacilities { get; set; } = 4;

    /// <summary>Called after every run (scheduled or at start), for progress reporting.</summary>
    public Action<MetrcSyncRunReport>? RunCompleted { get; set; }
}
