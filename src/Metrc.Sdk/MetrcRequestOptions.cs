namespace Metrc.Sdk;

/// <summary>
/// Settings for a single call, overriding the client's defaults without building a new client
/// (the Stripe.net <c>RequestOptions</c> pattern).
/// </summary>
public sealed class MetrcRequestOptions
{
    /// <summary>Credentials for this call only; when <see langword="null"/> the client's credential provider is asked.</summary>
    public MetrcCredentials? Credentials { get; init; }

    /// <summary>
    /// An operation key identifying this logical write, so a retried or replayed write is recognised and never
    /// applied twice. When <see langword="null"/> the SDK derives one where the rows carry natural keys.
    /// </summary>
    public string? OperationKey { get; init; }

    /// <summary>A deadline for this call (including retries); when <see langword="null"/> the client's timeouts apply.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Batching settings for this write (chunk size, concurrency, ordering, progress); the client's when <see langword="null"/>.</summary>
    public MetrcBatchOptions? Batch { get; init; }

    /// <summary>Overrides <see cref="MetrcValidationOptions.Mode"/> for this write (for example to send rows Metrc should judge).</summary>
    public MetrcValidationMode? ValidationMode { get; init; }

    /// <summary>The facility's tags, plants and packages for this write's stateful rules, instead of the registered <see cref="IMetrcLifecycleSnapshotProvider"/>.</summary>
    public MetrcLifecycleSnapshot? LifecycleSnapshot { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"MetrcRequestOptions {{ Credentials = {(Credentials is null ? "null" : "***")}, OperationKey = {OperationKey ?? "null"}, Timeout = {Timeout?.ToString() ?? "null"}, Batch = {(Batch is null ? "null" : "set")}, ValidationMode = {ValidationMode?.ToString() ?? "null"} }}";
}
