namespace Metrc.Sdk.MyTrace;

/// <summary>A source record the plan will not import: invalid (with errors), skipped by a filter, or waiting for a category mapping.</summary>
public sealed record MyTracePlanIssue
{
    /// <summary>The kind of record.</summary>
    public required MyTraceEntityKind Kind { get; init; }

    /// <summary>The source record's external id (null when it has none).</summary>
    public string? SourceExternalId { get; init; }

    /// <summary>The record's name or order number, for display.</summary>
    public required string Name { get; init; }

    /// <summary>Why the record is not imported.</summary>
    public IReadOnlyList<MyTraceError> Errors { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Name}' ({SourceExternalId}): {string.Join("; ", Errors)}";
}
