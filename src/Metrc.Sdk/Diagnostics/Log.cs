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
}
