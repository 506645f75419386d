using Microsoft.Extensions.Logging;

namespace Metrc.Sdk.Validation;

/// <summary>Log messages of client-side validation (event ids 1300+).</summary>
internal static partial class ValidationLog
{
    [LoggerMessage(EventId = 1300, EventName = "ValidationRejected", Level = LogLevel.Warning,
        Message = "Metrc {Operation}: validation rejected the write before sending ({ErrorCount} error(s)): {Summary}")]
    public static partial void Rejected(ILogger logger, string operation, int errorCount, string summary);

    [LoggerMessage(EventId = 1301, EventName = "ValidationSendingInvalid", Level = LogLevel.Warning,
        Message = "Metrc {Operation}: validation found {ErrorCount} error(s) and {WarningCount} warning(s); sending anyway (WarningsOnly): {Summary}")]
    public static partial void SendingInvalid(ILogger logger, string operation, int errorCount, int warningCount, string summary);

    [LoggerMessage(EventId = 1302, EventName = "ValidationWarnings", Level = LogLevel.Information,
        Message = "Metrc {Operation}: validation found {WarningCount} warning(s): {Summary}")]
    public static partial void Warnings(ILogger logger, string operation, int warningCount, string summary);
}
