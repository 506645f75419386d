namespace Metrc.Sdk.MyTrace;

/// <summary>Progress of <see cref="MyTraceImportExecutor.ExecuteAsync"/>, reported after each new record of the plan.</summary>
public sealed record MyTraceImportProgress
{
    /// <summary>The kind of record just handled.</summary>
    public required MyTraceEntityKind Kind { get; init; }

    /// <summary>The source external id of the record just handled.</summary>
    public required string SourceExternalId { get; init; }

    /// <summary>Whether the record was created now (false: an earlier, interrupted run had created it).</summary>
    public bool Created { get; init; }

    /// <summary>How many new records of the plan have been handled.</summary>
    public int Completed { get; init; }

    /// <summary>How many new records the plan has.</summary>
    public int Total { get; init; }
}
