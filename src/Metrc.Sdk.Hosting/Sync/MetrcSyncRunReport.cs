using Metrc.Sdk.Sync;
using NodaTime;

namespace Metrc.Sdk.Hosting;

/// <summary>What one scheduled run of one facility did.</summary>
public sealed record MetrcSyncRunReport
{
    /// <summary>The facility's licence number.</summary>
    public required string LicenseNumber { get; init; }

    /// <summary>Whether this was the nightly sweep (a refresh of the last days, then an incremental pull).</summary>
    public required bool Nightly { get; init; }

    /// <summary>The instant the run was due.</summary>
    public required Instant ScheduledAt { get; init; }

    /// <summary>When it started.</summary>
    public required Instant StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public required Instant CompletedAt { get; init; }

    /// <summary>The engine's results: the sweep's (nightly only), then the incremental pull's.</summary>
    public required IReadOnlyList<SyncRunResult> Results { get; init; }

    /// <summary>Why the run stopped before its sections ran (e.g. an unknown facility), if it did.</summary>
    public Exception? Error { get; init; }

    /// <summary>Whether every section of every part succeeded.</summary>
    public bool Succeeded => Error is null && Results.All(r => r.Succeeded);
}
