using Microsoft.Extensions.Logging;
using NodaTime;

namespace Metrc.Sdk.Sync;

/// <summary>Sync log messages (event ids 1300-1399). Never log keys or record contents.</summary>
internal static partial class SyncLog
{
    [LoggerMessage(EventId = 1300, EventName = "SyncSectionCompleted", Level = LogLevel.Information,
        Message = "Sync {Source} {Facility}/{Section}: {Delivered} records in {Windows} windows ({Pages} pages, {Skipped} already delivered); checkpoint {Checkpoint}")]
    public static partial void SectionCompleted(ILogger logger, SyncSource source, string facility, string section, long delivered, int windows, int pages, long skipped, Instant? checkpoint);

    [LoggerMessage(EventId = 1301, EventName = "SyncSectionFailed", Level = LogLevel.Error,
        Message = "Sync {Source} {Facility}/{Section} stopped after {Windows} windows; the checkpoint stays at {Checkpoint} and the next run resumes there")]
    public static partial void SectionFailed(ILogger logger, Exception exception, SyncSource source, string facility, string section, int windows, Instant? checkpoint);

    [LoggerMessage(EventId = 1302, EventName = "SyncWindowShifted", Level = LogLevel.Warning,
        Message = "Sync {Facility}/{Section}: the window's record count fell from {First} to {Last} while it was paged (records changed); reading it again")]
    public static partial void WindowShifted(ILogger logger, string facility, string section, int first, int last);
}
