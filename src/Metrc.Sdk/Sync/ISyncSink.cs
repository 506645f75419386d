namespace Metrc.Sdk.Sync;

/// <summary>
/// Where synced records go: the application's store. Pulled records (incremental runs, refreshes) and pushed ones
/// (webhook callbacks) arrive here alike. The engine waits for <see cref="HandleAsync"/> before it fetches the next
/// page, so a slow sink slows the pull instead of growing a buffer; a batch counts as delivered only once the call
/// returned. Make the handling idempotent by <see cref="SyncRecordKey"/> (an upsert by id that ignores an older
/// <c>LastModified</c>): a crash between the sink's return and the checkpoint write re-delivers that one batch.
/// </summary>
public interface ISyncSink
{
    /// <summary>Handles one batch (one page of new or changed records, or one webhook callback).</summary>
    ValueTask HandleAsync(SyncBatch batch, CancellationToken cancellationToken);
}
