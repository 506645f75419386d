using NodaTime;

namespace Metrc.Sdk.Sync;

/// <summary>What one section of a run did.</summary>
public sealed record SyncSectionResult
{
    /// <summary>The section's name.</summary>
    public required string Section { get; init; }

    /// <summary>Windows read completely (an unfiltered first read counts as one).</summary>
    public int Windows { get; init; }

    /// <summary>Pages requested.</summary>
    public int Pages { get; init; }

    /// <summary>Records handed to the sink.</summary>
    public long Delivered { get; init; }

    /// <summary>Records skipped because that version was delivered before (window boundaries, resumed windows).</summary>
    public long Skipped { get; init; }

    /// <summary>The checkpoint position after the run (unchanged by refreshes).</summary>
    public Instant? Checkpoint { get; init; }

    /// <summary>Why the section stopped early, or <see langword="null"/> when it completed.</summary>
    public Exception? Error { get; init; }

    /// <summary>Whether the section completed.</summary>
    public bool Succeeded => Error is null;
}
