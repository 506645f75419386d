using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Metrc.Sdk.Sync;

/// <summary>
/// Pulls a facility's sections from Metrc into the application: incrementally from a stored checkpoint in windows of
/// at most 24 hours, or on demand for the last days. Each batch goes to an <see cref="ISyncSink"/> (or is yielded by
/// <see cref="PullAsync"/>); at most <see cref="MetrcSyncOptions.PagesInFlight"/> pages are requested ahead of the one
/// being delivered, so a slow sink slows the pull and memory stays bounded.
/// </summary>
/// <remarks>
/// A checkpoint advances only after a window was completely delivered; versions delivered inside an unfinished window
/// are recorded as they go, so a run that is cancelled or fails resumes at the start of that window and skips what it
/// already delivered: no gap, no duplicate. Requests go through the client's throttle, which the application's own
/// calls (and, with Redis, other processes) share.
/// </remarks>
public sealed class MetrcSync
{
    private readonly ISyncCheckpointStore _checkpoints;
    private readonly MetrcSyncOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates a sync engine.</summary>
    /// <param name="checkpoints">Where progress is stored.</param>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; the system clock when <see langword="null"/>.</param>
    /// <param name="logger">A logger; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public MetrcSync(ISyncCheckpointStore checkpoints, MetrcSyncOptions? options = null, TimeProvider? timeProvider = null, ILogger<MetrcSync>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        _options = options ?? new MetrcSyncOptions();
        _options.Validate();
        _checkpoints = checkpoints;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The options in use.</summary>
    public MetrcSyncOptions Options => _options;

    /// <summary>
    /// Pulls what changed since each section's checkpoint (the whole list on a first run), yielding one batch per
    /// page of new versions. A batch counts as delivered when the enumeration moves past it; stop enumerating (or
    /// cancel) at any point and the next pull resumes without a gap.
    /// </summary>
    /// <param name="client">The client of the facility's state (its throttle is shared with the application).</param>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="sections">The sections to pull; <see cref="MetrcSyncSections.All"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the pull.</param>
    public async IAsyncEnumerable<SyncBatch> PullAsync(
        IMetrcClient client, string licenseNumber, IEnumerable<MetrcSyncSection>? sections = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        foreach (MetrcSyncSection section in sections ?? MetrcSyncSections.All)
        {
            await foreach (SyncBatch batch in IncrementalAsync(client, licenseNumber, section, new SectionStats(), cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }
        }
    }

    /// <summary>
    /// Reads the sections again for the last <paramref name="days"/> days (one 24-hour window per day), yielding every
    /// version in that span once. Checkpoints are neither read nor moved.
    /// </summary>
    /// <param name="client">The client of the facility's state.</param>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="sections">The sections to refresh.</param>
    /// <param name="days">How many days back, 1 to <see cref="MetrcSyncOptions.MaxRefreshDays"/>.</param>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public IAsyncEnumerable<SyncBatch> RefreshAsync(
        IMetrcClient client, string licenseNumber, IEnumerable<MetrcSyncSection> sections, int days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        ArgumentNullException.ThrowIfNull(sections);
        CheckDays(days);
        return RefreshSectionsAsync(client, licenseNumber, [.. sections], days, cancellationToken);
    }

    /// <summary>
    /// Runs an incremental pull into <paramref name="sink"/>. A section that fails is reported in the result (its
    /// checkpoint stays where it was) and the other sections still run; cancellation stops the run.
    /// </summary>
    /// <param name="client">The client of the facility's state (its throttle is shared with the application).</param>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="sink">Receives the batches; the pull waits for it.</param>
    /// <param name="sections">The sections to pull; <see cref="MetrcSyncSections.All"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<SyncRunResult> RunAsync(
        IMetrcClient client, string licenseNumber, ISyncSink sink, IEnumerable<MetrcSyncSection>? sections = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        ArgumentNullException.ThrowIfNull(sink);
        return RunSectionsAsync(licenseNumber, SyncSource.Incremental, sections ?? MetrcSyncSections.All, sink,
            (section, stats, ct) => IncrementalAsync(client, licenseNumber, section, stats, ct), cancellationToken);
    }

    /// <summary>Runs an on-demand refresh of the last <paramref name="days"/> days into <paramref name="sink"/>; see <see cref="RefreshAsync(IMetrcClient, string, IEnumerable{MetrcSyncSection}, int, CancellationToken)"/>.</summary>
    /// <param name="client">The client of the facility's state.</param>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="sink">Receives the batches; the pull waits for it.</param>
    /// <param name="sections">The sections to refresh.</param>
    /// <param name="days">How many days back, 1 to <see cref="MetrcSyncOptions.MaxRefreshDays"/>.</param>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public Task<SyncRunResult> RunRefreshAsync(
        IMetrcClient client, string licenseNumber, ISyncSink sink, IEnumerable<MetrcSyncSection> sections, int days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(sections);
        CheckDays(days);
        Instant end = Now();
        return RunSectionsAsync(licenseNumber, SyncSource.Refresh, sections, sink,
            (section, stats, ct) => RefreshSectionAsync(client, licenseNumber, section, end, days, stats, ct), cancellationToken);
    }

    private void CheckDays(int days)
    {
        if (days < 1 || days > _options.MaxRefreshDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"A refresh covers 1 to {_options.MaxRefreshDays} days (MetrcSyncOptions.MaxRefreshDays).");
        }
    }

    private Instant Now() => Instant.FromDateTimeOffset(_time.GetUtcNow());

    private async Task<SyncRunResult> RunSectionsAsync(
        string licenseNumber, SyncSource source, IEnumerable<MetrcSyncSection> sections, ISyncSink sink,
        Func<MetrcSyncSection, SectionStats, CancellationToken, IAsyncEnumerable<SyncBatch>> pull, CancellationToken cancellationToken)
    {
        var results = new List<SyncSectionResult>();
        foreach (MetrcSyncSection section in sections)
        {
            var stats = new SectionStats();
            Exception? error = null;
            try
            {
                await foreach (SyncBatch batch in pull(section, stats, cancellationToken).ConfigureAwait(false))
                {
                    await sink.HandleAsync(batch, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // One section failing (Metrc error, sink error) must not stop the others; its checkpoint did not move.
                error = ex;
                SyncTelemetry.Failures.Add(1, Tags(section, source));
                SyncLog.SectionFailed(_logger, ex, source, licenseNumber, section.Name, stats.Windows, stats.Checkpoint);
            }

            if (error is null)
            {
                SyncLog.SectionCompleted(_logger, source, licenseNumber, section.Name, stats.Delivered, stats.Windows, stats.Pages, stats.Skipped, stats.Checkpoint);
            }

            results.Add(stats.ToResult(section, error));
        }

        return new SyncRunResult { LicenseNumber = licenseNumber, Source = source, Sections = results };
    }

    private async IAsyncEnumerable<SyncBatch> RefreshSectionsAsync(
        IMetrcClient client, string licenseNumber, MetrcSyncSection[] sections, int days, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Instant end = Now();
        foreach (MetrcSyncSection section in sections)
        {
            await foreach (SyncBatch batch in RefreshSectionAsync(client, licenseNumber, section, end, days, new SectionStats(), cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }
        }
    }

    private async IAsyncEnumerable<SyncBatch> RefreshSectionAsync(
        IMetrcClient client, string licenseNumber, MetrcSyncSection section, Instant end, int days, SectionStats stats,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Exactly one window per day; the versions seen are remembered only for this refresh (window boundaries).
        var delivered = new HashSet<SyncRecordKey>();
        Instant start = end - Duration.FromDays(days);
        foreach (LastModifiedWindow window in LastModifiedWindow.Split(start.WithOffset(Offset.Zero), end.WithOffset(Offset.Zero)))
        {
            await foreach (SyncBatch batch in ReadWindowAsync(client, licenseNumber, section, window, SyncSource.Refresh, delivered, null, stats, cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }

            stats.Windows++;
            SyncTelemetry.Windows.Add(1, Tags(section, SyncSource.Refresh));
        }
    }

    private async IAsyncEnumerable<SyncBatch> IncrementalAsync(
        IMetrcClient client, string licenseNumber, MetrcSyncSection section, SectionStats stats, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var key = new SyncCheckpointKey(licenseNumber, section.Name);
        SyncCheckpoint checkpoint = await _checkpoints.GetAsync(key, cancellationToken).ConfigureAwait(false);
        var delivered = new HashSet<SyncRecordKey>(checkpoint.Delivered);
        stats.Checkpoint = checkpoint.Position;
        Instant end = Now() - Duration.FromTimeSpan(_options.SafetyLag);

        IReadOnlyList<LastModifiedWindow?> windows;
        if (checkpoint.Position is { } position)
        {
            if (end <= position)
            {
                yield break;
            }

            windows = [.. LastModifiedWindow.Split(position.WithOffset(Offset.Zero), end.WithOffset(Offset.Zero)).Select(w => (LastModifiedWindow?)w)];
        }
        else if (_options.InitialLookback is { } lookback)
        {
            Instant start = end - Duration.FromTimeSpan(lookback);
            windows = [.. LastModifiedWindow.Split(start.WithOffset(Offset.Zero), end.WithOffset(Offset.Zero)).Select(w => (LastModifiedWindow?)w)];
        }
        else
        {
            // First run: the whole current list, then the checkpoint is the run's end; later changes come incrementally.
            windows = [null];
        }

        foreach (LastModifiedWindow? window in windows)
        {
            await foreach (SyncBatch batch in ReadWindowAsync(client, licenseNumber, section, window, SyncSource.Incremental, delivered, key, stats, cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }

            Instant reached = window?.End.ToInstant() ?? end;
            await _checkpoints.AdvanceAsync(key, reached, CancellationToken.None).ConfigureAwait(false);
            delivered.RemoveWhere(k => k.LastModified is not { } modified || modified < reached);
            stats.Windows++;
            stats.Checkpoint = reached;
            SyncTelemetry.Windows.Add(1, Tags(section, SyncSource.Incremental));
        }
    }

    private async IAsyncEnumerable<SyncBatch> ReadWindowAsync(
        IMetrcClient client, string licenseNumber, MetrcSyncSection section, LastModifiedWindow? window, SyncSource source,
        HashSet<SyncRecordKey> delivered, SyncCheckpointKey? record, SectionStats stats, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int pass = 1; ; pass++)
        {
            int first = -1, last = -1;
            await foreach (SyncPageResult page in section.ReadAsync(client, licenseNumber, window, source, delivered, _options.PagesInFlight, cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested(); // pages read ahead must not outrun a cancellation
                stats.Pages++;
                stats.Skipped += page.Skipped;
                first = first < 0 ? page.TotalRecords : first;
                last = last < 0 ? page.TotalRecords : Math.Min(last, page.TotalRecords);
                if (page.Batch is { } batch)
                {
                    yield return batch;

                    // Resumed: the consumer handled the batch. Record it before asking for the next page.
                    stats.Delivered += batch.Count;
                    SyncTelemetry.Records.Add(batch.Count, Tags(section, source));
                    if (record is { } key)
                    {
                        // Not cancellable: the sink already took the batch, so forgetting it would re-deliver it.
                        await _checkpoints.AddDeliveredAsync(key, batch.Keys, CancellationToken.None).ConfigureAwait(false);
                    }
                }
            }

            // Within a past window records can only leave (a change moves LastModified to now): a smaller total on any
            // later page means the pages shifted under the reader and a record may have been skipped, so the window is read
            // again (versions already delivered are skipped).
            if (last >= first)
            {
                yield break;
            }

            if (pass >= _options.MaxPassesPerWindow)
            {
                throw new MetrcSyncException(
                    $"Section {section.Name} of {licenseNumber}: the window {window?.Start:g}..{window?.End:g} kept changing while it was read ({pass} passes); the checkpoint stays before it.");
            }

            SyncLog.WindowShifted(_logger, licenseNumber, section.Name, first, last);
        }
    }

    private static KeyValuePair<string, object?>[] Tags(MetrcSyncSection section, SyncSource source) =>
        [new("section", section.Name), new("source", source.ToString())];

    private sealed class SectionStats
    {
        public int Windows { get; set; }

        public int Pages { get; set; }

        public long Delivered { get; set; }

        public long Skipped { get; set; }

        public Instant? Checkpoint { get; set; }

        public SyncSectionResult ToResult(MetrcSyncSection section, Exception? error) => new()
        {
            Section = section.Name,
            Windows = Windows,
            Pages = Pages,
            Delivered = Delivered,
            Skipped = Skipped,
            Checkpoint = Checkpoint,
            Error = error,
        };
    }
}
