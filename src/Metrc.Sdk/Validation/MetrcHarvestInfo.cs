namespace Metrc.Sdk;

/// <summary>What a lifecycle snapshot knows about one harvest of the facility.</summary>
/// <param name="Id">The harvest's Metrc id (harvest writes name the harvest by id).</param>
/// <param name="IsFinished">Whether the harvest is finished: it takes no waste, moves or packages until unfinished.</param>
public sealed record MetrcHarvestInfo(long Id, bool IsFinished)
{
    /// <summary>The weight left to package or waste, when known (more is rejected as <c>quantity.exceeds_available</c>).</summary>
    public decimal? RemainingWeight { get; init; }

    /// <summary>The unit of <see cref="RemainingWeight"/>, when known (for example <c>Grams</c>).</summary>
    public string? UnitOfWeight { get; init; }
}
