namespace Metrc.Sdk.MyTrace;

/// <summary>A catalog item (product) in the partner platform.</summary>
public sealed record PartnerCatalogItem
{
    /// <summary>The partner's id of the item.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The item name.</summary>
    public required string Name { get; init; }

    /// <summary>The stock-keeping unit, when the partner has one.</summary>
    public string? Sku { get; init; }

    /// <summary>The partner's id of the item's category.</summary>
    public string? CategoryExternalId { get; init; }

    /// <summary>The brand, when known.</summary>
    public string? Brand { get; init; }

    /// <summary>The unit of measure as the partner writes it (<c>Grams</c>, <c>g</c>, <c>Each</c>, <c>ml</c>...).</summary>
    public required string UnitOfMeasure { get; init; }

    /// <summary>The list price per unit, when the partner has one.</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>Whether the item is active (inactive items become hidden MyTrace products).</summary>
    public bool IsActive { get; init; } = true;
}
