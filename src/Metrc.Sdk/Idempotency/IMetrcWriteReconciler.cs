namespace Metrc.Sdk.Idempotency;

/// <summary>
/// Knows a write's natural key (a tag, a label, a receipt number, a batch name) and how to read back from Metrc which
/// rows exist. This is what lets a write whose answer was lost be checked instead of blindly resent.
/// </summary>
/// <typeparam name="TRow">The write's row type.</typeparam>
public interface IMetrcWriteReconciler<in TRow>
{
    /// <summary>The natural key of <paramref name="row"/>, unique per facility.</summary>
    string GetNaturalKey(TRow row);

    /// <summary>Which of the request's natural keys exist in Metrc for the facility, each with Metrc's id when the read gives it.</summary>
    /// <param name="client">A client for the write's state.</param>
    /// <param name="request">The facility, the keys to look up and when the write was first attempted.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    Task<IReadOnlyDictionary<string, long?>> FindExistingAsync(IMetrcClient client, MetrcReconcileRequest request, CancellationToken cancellationToken = default);
}

/// <summary>What a reconciler must look up.</summary>
public sealed record MetrcReconcileRequest
{
    /// <summary>The facility the write was for.</summary>
    public required string LicenseNumber { get; init; }

    /// <summary>The natural keys whose rows are not yet known to exist.</summary>
    public required IReadOnlyList<string> NaturalKeys { get; init; }

    /// <summary>
    /// When the write was first attempted (from the idempotency ledger). Rows it created cannot have been modified before
    /// this, so a reconciler that has to list records can limit the list to those modified since (less a margin for
    /// clock skew); <see langword="null"/> when unknown.
    /// </summary>
    public DateTimeOffset? FirstAttemptAt { get; init; }

    /// <summary>The current time by the same clock as <see cref="FirstAttemptAt"/>, when that is known.</summary>
    public DateTimeOffset? CheckedAt { get; init; }
}
