using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk;

/// <summary>
/// How writes are cut into requests (<see cref="MetrcClientOptions.Batching"/>). Every write accepts any number of rows
/// and sends them in chunks.
/// </summary>
/// <remarks>
/// The chunk size of a write is resolved, most specific first: the call's <see cref="MetrcBatchOptions.ChunkSize"/>;
/// the state's <see cref="MetrcStateOptions.ChunkSizes"/> (operation name such as <c>Packages.Create</c>, then group
/// name such as <c>Packages</c>); <see cref="ChunkSizes"/> (operation, then group); the state's
/// <see cref="MetrcStateOptions.DefaultChunkSize"/>; <see cref="DefaultChunkSize"/>. After Metrc answers 413 the size
/// used for that operation in that state is halved for the life of the client factory.
/// </remarks>
public sealed class MetrcBatchingOptions
{
    /// <summary>Rows per request when nothing more specific is set. Greater than 0. Default: 500.</summary>
    public int DefaultChunkSize { get; set; } = MetrcLimits.DefaultBatchSize;

    /// <summary>
    /// Rows per request by operation name (<c>Packages.Create</c>) or group name (<c>Transfers</c>), case-insensitive;
    /// values greater than 0. Pre-filled with <c>Transfers</c> = 200 (one manifest's package limit).
    /// </summary>
    public IDictionary<string, int> ChunkSizes { get; } =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Transfers"] = MetrcLimits.MaxTransferPackages };

    /// <summary>How many chunks of one unordered write may be in flight at once. Greater than 0. Default: 4.</summary>
    public int MaxConcurrentChunks { get; set; } = 4;

    /// <summary>
    /// Operations (or groups) whose chunks are sent one at a time in input order, because a later row may depend on an
    /// earlier one; case-insensitive. Pre-filled with <c>Packages.Create</c> and <c>Packages.Adjust</c>.
    /// </summary>
    public ISet<string> OrderedOperations { get; } = new HashSet<string>(["Packages.Create", "Packages.Adjust"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the valid rows of a request Metrc rejected because of some rows are sent again without them (bisecting
    /// when Metrc does not say which rows). Turn off for a state that applies the valid rows of a rejected request.
    /// Default: <see langword="true"/>.
    /// </summary>
    public bool ResubmitValidRows { get; set; } = true;
}

/// <summary>Batching settings for one write (<see cref="MetrcRequestOptions.Batch"/>), overriding <see cref="MetrcBatchingOptions"/>.</summary>
public sealed record MetrcBatchOptions
{
    /// <summary>Rows per request; greater than 0 when set.</summary>
    public int? ChunkSize { get; init; }

    /// <summary>Chunks in flight at once (ignored when ordered); greater than 0 when set.</summary>
    public int? MaxConcurrentChunks { get; init; }

    /// <summary><see langword="true"/> to send chunks one at a time in input order; <see langword="null"/> for the operation's default.</summary>
    public bool? Ordered { get; init; }

    /// <summary>Overrides <see cref="MetrcBatchingOptions.ResubmitValidRows"/>.</summary>
    public bool? ResubmitValidRows { get; init; }

    /// <summary>Receives a report after every request of the write; reports are made one at a time.</summary>
    public IProgress<BatchProgress>? Progress { get; init; }
}

/// <summary>Where a batched write stands, reported after every request.</summary>
/// <param name="RowsRead">Rows taken from the caller's sequence so far.</param>
/// <param name="RowsSent">Rows that got a verdict or failed in flight (each row counted once).</param>
/// <param name="RowsAccepted">Rows Metrc accepted.</param>
/// <param name="RowsRejected">Rows Metrc rejected.</param>
/// <param name="Requests">Requests completed (chunks, resubmissions, halves).</param>
/// <param name="Elapsed">Time since the write started.</param>
public readonly record struct BatchProgress(int RowsRead, int RowsSent, int RowsAccepted, int RowsRejected, int Requests, TimeSpan Elapsed);
