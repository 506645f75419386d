using Microsoft.Extensions.Logging;

namespace Metrc.Sdk.Diagnostics;

/// <summary>Source-generated log messages with stable event ids. Never log keys or request bodies.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, EventName = "RequestStarting", Level = LogLevel.Debug,
        Message = "Metrc {Operation}: sending {Method} {Path} ({State})")]
    public static partial void RequestStarting(ILogger logger, string operation, string method, string path, MetrcState state);

    [LoggerMessage(EventId = 1001, EventName = "RequestSucceeded", Level = LogLevel.Debug,
        Message = "Metrc {Operation}: {Method} {Path} answered {StatusCode} in {ElapsedMs:F1} ms")]
    public static partial void RequestSucceeded(ILogger logger, string operation, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 1002, EventName = "RequestFailed", Level = LogLevel.Warning,
        Message = "Metrc {Operation}: {Method} {Path} answered {StatusCode} in {ElapsedMs:F1} ms: {Reason}")]
    public static partial void RequestFailed(ILogger logger, string operation, string method, string path, int statusCode, double elapsedMs, string reason);

    [LoggerMessage(EventId = 1003, EventName = "RequestNotAnswered", Level = LogLevel.Warning,
        Message = "Metrc {Operation}: {Method} {Path} got no answer after {ElapsedMs:F1} ms: {Reason}")]
    public static partial void RequestNotAnswered(ILogger logger, string operation, string method, string path, double elapsedMs, string reason);

    [LoggerMessage(EventId = 1100, EventName = "OutboxEntrySent", Level = LogLevel.Information,
        Message = "Outbox entry {EntryId} ({Operation}, {LicenseNumber}, {RowCount} rows) was accepted by Metrc")]
    public static partial void OutboxEntrySent(ILogger logger, long entryId, string operation, string licenseNumber, int rowCount);

    [LoggerMessage(EventId = 1101, EventName = "OutboxEntryRetrying", Level = LogLevel.Warning,
        Message = "Outbox entry {EntryId} ({Operation}, {LicenseNumber}) failed transiently; retrying in {DelaySeconds:F0} s: {Reason}")]
    public static partial void OutboxEntryRetrying(ILogger logger, long entryId, string operation, string licenseNumber, double delaySeconds, string reason);

    [LoggerMessage(EventId = 1102, EventName = "OutboxEntryFailed", Level = LogLevel.Error,
        Message = "Outbox entry {EntryId} ({Operation}, {LicenseNumber}) failed and needs attention: {Reason}")]
    public static partial void OutboxEntryFailed(ILogger logger, long entryId, string operation, string licenseNumber, string reason);

    [LoggerMessage(EventId = 1103, EventName = "OutboxEntryDeadLettered", Level = LogLevel.Error,
        Message = "Outbox entry {EntryId} ({Operation}, {LicenseNumber}) was dead-lettered after exceeding its age limit: {Reason}")]
    public static partial void OutboxEntryDeadLettered(ILogger logger, long entryId, string operation, string licenseNumber, string reason);

    [LoggerMessage(EventId = 1104, EventName = "OutboxLeaseLost", Level = LogLevel.Warning,
        Message = "Outbox entry {EntryId}: the claim expired before the outcome was stored; another drainer reconciles it")]
    public static partial void OutboxLeaseLost(ILogger logger, long entryId);

    [LoggerMessage(EventId = 1105, EventName = "OutboxDrainFailed", Level = LogLevel.Error,
        Message = "The outbox drainer could not read its store; retrying")]
    public static partial void OutboxDrainFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1200, EventName = "ThrottlePaused", Level = LogLevel.Warning,
        Message = "Metrc answered 429 for {State} facility {Facility}; pausing that vendor key and facility for {PauseSeconds:F1} s")]
    public static partial void ThrottlePaused(ILogger logger, MetrcState state, string facility, double pauseSeconds);

    [LoggerMessage(EventId = 1201, EventName = "RedisRateLimiterDown", Level = LogLevel.Warning,
        Message = "The Redis rate limiter is unreachable; limiting in process at {Share:P0} of the configured rates until it is back: {Reason}")]
    public static partial void RedisRateLimiterDown(ILogger logger, double share, string reason);

    [LoggerMessage(EventId = 1202, EventName = "RedisRateLimiterBack", Level = LogLevel.Information,
        Message = "The Redis rate limiter is reachable again; rates are shared across processes")]
    public static partial void RedisRateLimiterBack(ILogger logger);

    [LoggerMessage(EventId = 1203, EventName = "ThrottleRateLowered", Level = LogLevel.Warning,
        Message = "429s while under the configured rate: {Partition} now runs at {Share:P0} of its rate and recovers gradually")]
    public static partial void ThrottleRateLowered(ILogger logger, string partition, double share);
}
