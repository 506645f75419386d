namespace Metrc.Sdk;

/// <summary>How serious a <see cref="MetrcValidationIssue"/> is.</summary>
public enum MetrcValidationSeverity
{
    /// <summary>Metrc would reject the row; the write is not sent (unless validation only warns).</summary>
    Error = 0,

    /// <summary>The row would be accepted but is probably not what was meant; the write is sent and the issue logged.</summary>
    Warning = 1,
}
