namespace Metrc.Sdk.MyTrace;

/// <summary>The plan for one kind of record: New, Existing, Invalid and Skipped (the walk-through's All / New / Existing tabs).</summary>
/// <typeparam name="T">The MyTrace record type.</typeparam>
public sealed record MyTracePlanSection<T>
    where T : class
{
    /// <summary>The kind of record.</summary>
    public required MyTraceEntityKind Kind { get; init; }

    /// <summary>Records to create.</summary>
    public IReadOnlyList<MyTracePlanEntry<T>> New { get; init; } = [];

    /// <summary>Records MyTrace already has (matched by external id, else natural key); never created again.</summary>
    public IReadOnlyList<MyTracePlanEntry<T>> Existing { get; init; } = [];

    /// <summary>Records that cannot be imported, each with its errors (including missing dependencies, named).</summary>
    public IReadOnlyList<MyTracePlanIssue> Invalid { get; init; } = [];

    /// <summary>Records left out by a filter (brand, country, state, selected accounts), each with the reason.</summary>
    public IReadOnlyList<MyTracePlanIssue> Skipped { get; init; } = [];

    /// <summary>How many source records the section covers.</summary>
    public int Total => New.Count + Existing.Count + Invalid.Count + Skipped.Count;
}
