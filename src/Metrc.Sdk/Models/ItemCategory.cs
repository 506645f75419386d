namespace Metrc.Sdk.Models;

/// <summary>An item category defined by the state (for example <c>Buds</c>, <c>Concentrate</c>).</summary>
public sealed record ItemCategory
{
    /// <summary>The category name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The category type.</summary>
    public string? ProductCategoryType { get; init; }

    /// <summary>How items of this category are measured: <c>WeightBased</c>, <c>VolumeBased</c> or <c>CountBased</c>.</summary>
    public string? QuantityType { get; init; }

    /// <summary>Whether items of this category need a strain.</summary>
    public bool RequiresStrain { get; init; }
}
