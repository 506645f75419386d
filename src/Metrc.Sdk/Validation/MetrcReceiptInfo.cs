namespace Metrc.Sdk;

/// <summary>What a lifecycle snapshot knows about one sales receipt of the facility.</summary>
/// <param name="IsFinal">Whether the receipt is finalized (no update or void until it is unfinalized).</param>
public sealed record MetrcReceiptInfo(bool IsFinal)
{
    /// <summary>
    /// What the receipt took from each package, by package label, when known: an update gives it back before the new
    /// lines are checked against what the packages hold.
    /// </summary>
    public IReadOnlyDictionary<string, decimal>? PackageQuantities { get; init; }
}
