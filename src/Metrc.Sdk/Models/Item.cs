namespace Metrc.Sdk.Models;

/// <summary>An item (product) defined by a facility.</summary>
public sealed record Item
{
    /// <summary>Metrc's id of the item.</summary>
    public long Id { get; init; }

    /// <summary>The item's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The item category name (for example <c>Buds</c>).</summary>
    public string? ProductCategoryName { get; init; }

    /// <summary>The item category type.</summary>
    public string? ProductCategoryType { get; init; }

    /// <summary>How the item is measured: <c>WeightBased</c>, <c>VolumeBased</c> or <c>CountBased</c>.</summary>
    public string? QuantityType { get; init; }

    /// <summary>Default unit of measure name.</summary>
    public string? UnitOfMeasureName { get; init; }

    /// <summary>Id of the strain, for strain-specific items.</summary>
    public long? StrainId { get; init; }

    /// <summary>Name of the strain, for strain-specific items.</summary>
    public string? StrainName { get; init; }

    /// <summary>The brand name, when the state tracks brands.</summary>
    public string? ItemBrandName { get; init; }

    /// <summary>Whether the item is approved for use.</summary>
    public string? ApprovalStatus { get; init; }
}
