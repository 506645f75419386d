namespace Metrc.Sdk.MyTrace;

/// <summary>One problem found while validating, mapping, planning or pushing back.</summary>
/// <param name="Code">What kind of problem it is.</param>
/// <param name="Message">A sentence a user can act on.</param>
public sealed record MyTraceError(MyTraceErrorCode Code, string Message)
{
    /// <summary>The 1-based order line the problem is on, when it is on a line.</summary>
    public int? LineNumber { get; init; }

    /// <summary>The field (property name) at fault, when one is.</summary>
    public string? Field { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        LineNumber is int line ? $"Line {line}: {Message}" : Message;
}
