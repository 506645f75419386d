namespace Metrc.Sdk.MyTrace;

/// <summary>One source record the plan will create (New) or has found in MyTrace (Existing).</summary>
/// <typeparam name="T">The MyTrace record type.</typeparam>
public sealed record MyTracePlanEntry<T>
    where T : class
{
    /// <summary>The source record's external id.</summary>
    public required string SourceExternalId { get; init; }

    /// <summary>For New entries the record to create; for Existing entries the record MyTrace already has.</summary>
    public required T Record { get; init; }

    /// <summary>MyTrace's id of the existing record (Existing entries only).</summary>
    public string? ExistingId { get; init; }

    /// <summary>How the existing record was matched (<see cref="MyTraceMatch.None"/> for New entries).</summary>
    public MyTraceMatch MatchedBy { get; init; }
}
