namespace Metrc.Sdk.Testing;

/// <summary>A copy of one facility's data, for assertions.</summary>
public sealed record EmulatorFacilitySnapshot
{
    /// <summary>Plants by label with their growth phase name.</summary>
    public required IReadOnlyDictionary<string, string> Plants { get; init; }

    /// <summary>Plant batches by name with their untracked plant count.</summary>
    public required IReadOnlyDictionary<string, int> PlantBatches { get; init; }

    /// <summary>Packages by label with their status name and quantity.</summary>
    public required IReadOnlyDictionary<string, (string Status, decimal Quantity)> Packages { get; init; }

    /// <summary>Harvests by name with their remaining weight.</summary>
    public required IReadOnlyDictionary<string, decimal> Harvests { get; init; }

    /// <summary>External numbers of the sales receipts (null for receipts without one).</summary>
    public required IReadOnlyList<string?> Receipts { get; init; }

    /// <summary>Names of the outgoing transfers.</summary>
    public required IReadOnlyList<string> Transfers { get; init; }
}
