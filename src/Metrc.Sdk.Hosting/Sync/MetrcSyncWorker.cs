using Metrc.Sdk.Sync;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Metrc.Sdk.Hosting;

/// <summary>
/// Keeps facilities synced in the background: an incremental pull every <see cref="MetrcSyncWorkerOptions.Interval"/>
/// and a nightly sweep at <see cref="MetrcSyncWorkerOptions.NightlyAt"/>, both on each facility's local clock, up to
/// <see cref="MetrcSyncWorkerOptions.MaxConcurrentFacilities"/> facilities at once. Requests go through the SDK's
/// client factory, so they share its throttle with the application's own calls (and other processes, with Redis).
/// A run that is still going when its next slot comes is not started twice; the slot is skipped.
/// </summary>
public sealed partial class MetrcSyncWorker : BackgroundService
{
    private readonly MetrcSync _sync;
    private readonly IMetrcClientFactory _clients;
    private readonly ISyncSink _sink;
    private readonly MetrcSyncWorkerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly FacilityState[] _facilities;
    private readonly SemaphoreSlim _slots;
    private readonly Lock _lock = new();
    private readonly List<Task> _running = [];
    private readonly List<(Func<bool> Ready, TaskCompletionSource<Instant> Signal)> _idleWaiters = [];
    private Instant? _idleUntil;
    private int _completedRuns;
    private int _inFlight;

    /// <summary>Creates the worker (normally through <c>AddSyncWorker</c>).</summary>
    /// <exception cref="ArgumentException">A facility has no licence number, an unknown time zone or an unknown section.</exception>
    public MetrcSyncWorker(
        MetrcSync sync, IMetrcClientFactory clients, ISyncSink sink, IOptions<MetrcSyncWorkerOptions> options, TimeProvider? timeProvider = null, ILogger<MetrcSyncWorker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(sync);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        _sync = sync;
        _clients = clients;
        _sink = sink;
        _options = options.Value;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        _facilities = [.. _options.Facilities.Select((f, i) => FacilityState.Create(f, i))];
        _slots = new SemaphoreSlim(_options.MaxConcurrentFacilities, _options.MaxConcurrentFacilities);
    }

    /// <summary>The health of every facility.</summary>
    public IReadOnlyList<MetrcSyncFacilityHealth> GetHealth()
    {
        lock (_lock)
        {
            return [.. _facilities.Select(f => f.Health())];
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    /// <summary>For tests: completes when the worker waits for its next slot after at least <paramref name="completedRuns"/> runs ended.</summary>
    internal Task<Instant> WaitForIdleAsync(int completedRuns)
    {
        lock (_lock)
        {
            bool Ready() => _idleUntil is not null && _completedRuns >= completedRuns && _inFlight == 0;
            if (Ready())
            {
                return Task.FromResult(_idleUntil!.Value);
            }

            var signal = new TaskCompletionSource<Instant>(TaskCreationOptions.RunContinuationsAsynchronously);
            _idleWaiters.Add((Ready, signal));
            return signal.Task;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Instant start = Now();
        Duration interval = Duration.FromTimeSpan(_options.Interval);
        lock (_lock)
        {
            foreach (FacilityState f in _facilities)
            {
                f.NextRun = _options.RunOnStart ? start : SyncSchedule.NextInterval(start, f.Zone, interval);
                f.NextSweep = SyncSchedule.NextDaily(start, f.Zone, _options.NightlyAt);
            }
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                Instant now = Now();
                Instant wake;
                lock (_lock)
                {
                    foreach (FacilityState f in _facilities)
                    {
                        bool sweep = f.NextSweep <= now;
                        if (!sweep && f.NextRun > now)
                        {
                            continue;
                        }

                        Instant scheduled = sweep ? f.NextSweep : f.NextRun;
                        f.NextRun = SyncSchedule.NextInterval(now, f.Zone, interval);
                        if (sweep)
                        {
                            f.NextSweep = SyncSchedule.NextDaily(now, f.Zone, _options.NightlyAt);
                        }

                        if (f.Running)
                        {
                            Log.SlotSkipped(_logger, f.Options.LicenseNumber, scheduled);
                            continue;
                        }

                        f.Running = true;
                        _inFlight++;
                        _running.RemoveAll(t => t.IsCompleted);
                        _running.Add(RunFacilityAsync(f, sweep, scheduled, stoppingToken));
                    }

                    wake = _facilities.Length == 0 ? now + Duration.FromDays(1) : _facilities.Min(f => Min(f.NextRun, f.NextSweep));
                }

                // The timer is armed before the worker reports itself idle, so a clock moved right after that fires it.
                TimeSpan delay = (wake - Now()).ToTimeSpan();
                Task timer = Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, _time, stoppingToken);
                lock (_lock)
                {
                    _idleUntil = wake;
                    SignalIdle();
                }

                await timer.ConfigureAwait(false);
                lock (_lock)
                {
                    _idleUntil = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        Task[] running;
        lock (_lock)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private Instant Now() => Instant.FromDateTimeOffset(_time.GetUtcNow());

    private async Task RunFacilityAsync(FacilityState facility, bool sweep, Instant scheduled, CancellationToken stoppingToken)
    {
        await Task.Yield();
        Instant started = Now();
        var results = new List<SyncRunResult>();
        Exception? error = null;
        bool entered = false;
        try
        {
            await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
            entered = true;
            started = Now();
            MetrcSyncFacility f = facility.Options;
            IMetrcClient client = f.Credentials is { } credentials ? _clients.Create(f.State, credentials) : _clients.Create(f.State);
            if (sweep)
            {
                results.Add(await _sync.RunRefreshAsync(client, f.LicenseNumber, _sink, facility.Sections, _options.NightlyDays, stoppingToken).ConfigureAwait(false));
            }

            results.Add(await _sync.RunAsync(client, f.LicenseNumber, _sink, facility.Sections, stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            error = null;
        }
        catch (Exception ex)
        {
            error = ex;
            Log.RunFailed(_logger, ex, facility.Options.LicenseNumber);
        }
        finally
        {
            if (entered)
            {
                _slots.Release();
            }
        }

        var report = new MetrcSyncRunReport
        {
            LicenseNumber = facility.Options.LicenseNumber,
            Nightly = sweep,
            ScheduledAt = scheduled,
            StartedAt = started,
            CompletedAt = Now(),
            Results = results,
            Error = error,
        };
        lock (_lock)
        {
            facility.Complete(report);
        }

        if (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _options.RunCompleted?.Invoke(report);
            }
            catch (Exception ex)
            {
                Log.ReportFailed(_logger, ex);
            }
        }

        lock (_lock)
        {
            _completedRuns++;
            _inFlight--;
            SignalIdle();
        }
    }

    private void SignalIdle()
    {
        for (int i = _idleWaiters.Count - 1; i >= 0; i--)
        {
            if (_idleWaiters[i].Ready())
            {
                _idleWaiters[i].Signal.TrySetResult(_idleUntil!.Value);
                _idleWaiters.RemoveAt(i);
            }
        }
    }

    private sealed class FacilityState
    {
        private FacilityState(MetrcSyncFacility options, DateTimeZone zone, MetrcSyncSection[] sections)
        {
            Options = options;
            Zone = zone;
            Sections = sections;
        }

        public MetrcSyncFacility Options { get; }

        public DateTimeZone Zone { get; }

        public MetrcSyncSection[] Sections { get; }

        public Instant NextRun { get; set; }

        public Instant NextSweep { get; set; }

        public bool Running { get; set; }

        private Instant? LastRun { get; set; }

        private Instant? LastSuccess { get; set; }

        private Instant? LastSweep { get; set; }

        private int Failures { get; set; }

        private string? LastError { get; set; }

        public static FacilityState Create(MetrcSyncFacility f, int index)
        {
            ArgumentNullException.ThrowIfNull(f, $"Facilities[{index}]");
            if (string.IsNullOrWhiteSpace(f.LicenseNumber))
            {
                throw new ArgumentException($"MetrcSyncWorkerOptions.Facilities[{index}].LicenseNumber is required.", "options");
            }

            DateTimeZone zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(f.TimeZone ?? string.Empty)
                ?? throw new ArgumentException($"MetrcSyncWorkerOptions.Facilities[{index}].TimeZone '{f.TimeZone}' ({f.LicenseNumber}) is not an IANA time zone (e.g. America/Denver).", "options");
            MetrcSyncSection[] sections = f.Sections.Count == 0 ? [.. MetrcSyncSections.All] : [.. f.Sections.Select(MetrcSyncSections.Get)];
            return new FacilityState(f, zone, sections);
        }

        public void Complete(MetrcSyncRunReport report)
        {
            Running = false;
            LastRun = report.CompletedAt;
            if (report.Nightly && report.Succeeded)
            {
                LastSweep = report.CompletedAt;
            }

            if (report.Succeeded)
            {
                LastSuccess = report.CompletedAt;
                Failures = 0;
                LastError = null;
            }
            else
            {
                Failures++;
                SyncSectionResult? failed = report.Results.SelectMany(r => r.Sections).FirstOrDefault(s => s.Error is not null);
                LastError = report.Error?.Message ?? (failed is null ? null : $"{failed.Section}: {failed.Error!.Message}");
            }
        }

        public MetrcSyncFacilityHealth Health() => new()
        {
            LicenseNumber = Options.LicenseNumber,
            Running = Running,
            LastRun = LastRun,
            LastSuccess = LastSuccess,
            LastSweep = LastSweep,
            ConsecutiveFailures = Failures,
            LastError = LastError,
            NextRun = NextRun,
            NextSweep = NextSweep,
        };
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1310, EventName = "SyncSlotSkipped", Level = LogLevel.Warning,
            Message = "Sync of {Facility}: the run due at {Scheduled} was skipped because the previous run is still going")]
        public static partial void SlotSkipped(ILogger logger, string facility, Instant scheduled);

        [LoggerMessage(EventId = 1311, EventName = "SyncRunFailed", Level = LogLevel.Error,
            Message = "Sync of {Facility} failed before its sections ran; the next scheduled run tries again")]
        public static partial void RunFailed(ILogger logger, Exception exception, string facility);

        [LoggerMessage(EventId = 1312, EventName = "SyncReportFailed", Level = LogLevel.Warning,
            Message = "The RunCompleted callback threw; the worker goes on")]
        public static partial void ReportFailed(ILogger logger, Exception exception);
    }
}
