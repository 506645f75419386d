using NodaTime;

namespace Metrc.Sdk.Sync;

/// <summary>
/// Stores sync progress per licence × section: a position (the last instant fully delivered) and the record versions
/// delivered past it. <see cref="InMemorySyncCheckpointStore"/> keeps it in memory; <c>Metrc.Sdk.Sqlite</c> has a
/// durable store. Implementations must be safe for concurrent use by different keys.
/// </summary>
public interface ISyncCheckpointStore
{
    /// <summary>Reads a checkpoint; <see cref="SyncCheckpoint.Empty"/> when none is stored.</summary>
    ValueTask<SyncCheckpoint> GetAsync(SyncCheckpointKey key, CancellationToken cancellationToken = default);

    /// <summary>Records that these record versions were handed to the sink (called after the sink returned).</summary>
    ValueTask AddDeliveredAsync(SyncCheckpointKey key, IReadOnlyCollection<SyncRecordKey> delivered, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the position to <paramref name="position"/> once every change up to it was delivered, and forgets delivered
    /// versions modified before it (or without a modification instant); versions at or after it are kept.
    /// </summary>
    ValueTask AdvanceAsync(SyncCheckpointKey key, Instant position, CancellationToken cancellationToken = default);
}
