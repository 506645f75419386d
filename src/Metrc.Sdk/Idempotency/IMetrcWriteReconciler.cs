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

    /// <summary>
    /// Which of <paramref name="naturalKeys"/> exist in Metrc for the facility, each with Metrc's id when the read gives it.
    /// </summary>
    /// <param name="client">A client for the write's state.</param>
    /// <param name="licenseNumber">The facility.</param>
    /// <param name="naturalKeys">The keys to look up.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    Task<IReadOnlyDictionary<string, long?>> FindExistingAsync(
        IMetrcClient client, string licenseNumber, IReadOnlyList<string> naturalKeys, CancellationToken cancellationToken = default);
}
