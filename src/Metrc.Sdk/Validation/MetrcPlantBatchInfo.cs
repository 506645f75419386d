namespace Metrc.Sdk;

/// <summary>What a lifecycle snapshot knows about one plant batch of the facility.</summary>
/// <param name="UntrackedCount">The plants of the batch not yet tagged: what packages, splits, destroys and negative adjustments can take.</param>
public sealed record MetrcPlantBatchInfo(int UntrackedCount)
{
    /// <summary>The batch's strain, when known.</summary>
    public string? Strain { get; init; }

    /// <summary>The batch's location, when known.</summary>
    public string? Location { get; init; }
}
