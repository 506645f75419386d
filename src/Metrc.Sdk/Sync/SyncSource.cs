namespace Metrc.Sdk.Sync;

/// <summary>How a batch reached the application.</summary>
public enum SyncSource
{
    /// <summary>An incremental pull from the stored checkpoint (or the first full pull).</summary>
    Incremental,

    /// <summary>An on-demand refresh of the last days (or the nightly sweep); does not move checkpoints.</summary>
    Refresh,

    /// <summary>A webhook callback from Metrc; never moves checkpoints.</summary>
    Webhook,
}
