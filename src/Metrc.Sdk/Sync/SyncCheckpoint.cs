using NodaTime;

namespace Metrc.Sdk.Sync;

/// <summary>The stored progress of one facility × section.</summary>
public sealed record SyncCheckpoint
{
    /// <summary>An empty checkpoint: nothing delivered yet.</summary>
    public static SyncCheckpoint Empty { get; } = new();

    /// <summary>
    /// The last instant up to which every change was delivered; <see langword="null"/> until the first sync finished.
    /// The next incremental run pulls from here.
    /// </summary>
    public Instant? Position { get; init; }

    /// <summary>
    /// Record versions already delivered at or after <see cref="Position"/>: those of a window that was interrupted,
    /// and those on the boundary instant itself. Skipped when pulled again.
    /// </summary>
    public IReadOnlyCollection<SyncRecordKey> Delivered { get; init; } = [];
}
