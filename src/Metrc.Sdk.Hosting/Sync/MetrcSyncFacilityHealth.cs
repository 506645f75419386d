using NodaTime;

namespace Metrc.Sdk.Hosting;

/// <summary>The sync health of one facility, as the worker last saw it.</summary>
public sealed record MetrcSyncFacilityHealth
{
    /// <summary>The facility's licence number.</summary>
    public required string LicenseNumber { get; init; }

    /// <summary>Whether a run is in progress.</summary>
    public bool Running { get; init; }

    /// <summary>When the last run ended.</summary>
    public Instant? LastRun { get; init; }

    /// <summary>When the last fully successful run ended.</summary>
    public Instant? LastSuccess { get; init; }

    /// <summary>When the last nightly sweep ended.</summary>
    public Instant? LastSweep { get; init; }

    /// <summary>Runs in a row with at least one failed section (0 when healthy).</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>The last error's message (never keys or record contents), or <see langword="null"/>.</summary>
    public string? LastError { get; init; }

    /// <summary>When the next incremental pull is due.</summary>
    public Instant NextRun { get; init; }

    /// <summary>When the next nightly sweep is due.</summary>
    public Instant NextSweep { get; init; }
}
