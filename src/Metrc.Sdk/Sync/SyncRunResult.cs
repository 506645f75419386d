namespace Metrc.Sdk.Sync;

/// <summary>What a sync run of one facility did, per section.</summary>
public sealed record SyncRunResult
{
    /// <summary>The facility's licence number.</summary>
    public required string LicenseNumber { get; init; }

    /// <summary>How the run pulled (incremental or refresh).</summary>
    public required SyncSource Source { get; init; }

    /// <summary>One result per section, in run order.</summary>
    public required IReadOnlyList<SyncSectionResult> Sections { get; init; }

    /// <summary>Whether every section completed.</summary>
    public bool Succeeded => Sections.All(s => s.Succeeded);

    /// <summary>Records handed to the sink, all sections.</summary>
    public long Delivered => Sections.Sum(s => s.Delivered);
}
