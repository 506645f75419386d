namespace Metrc.Sdk.MyTrace;

/// <summary>A MyTrace product.</summary>
public sealed record MyTraceProduct
{
    /// <summary>MyTrace's id; null until MyTrace has stored the product.</summary>
    public string? Id { get; init; }

    /// <summary>The id of the catalog item in the source platform, kept for round trips.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The display name (normalised).</summary>
    public required string Name { get; init; }

    /// <summary>The stock-keeping unit, when the source has one.</summary>
    public string? Sku { get; init; }

    /// <summary>The name of the MyTrace category the product belongs to.</summary>
    public required string CategoryName { get; init; }

    /// <summary>The brand, when known.</summary>
    public string? Brand { get; init; }

    /// <summary>Whether buyers see the product.</summary>
    public MyTraceVisibility Visibility { get; init; }

    /// <summary>The unit the product is sold in.</summary>
    public MyTraceUnit Unit { get; init; }

    /// <summary>The list price per <see cref="Unit"/>, rounded to cents; null when the source has none.</summary>
    public decimal? UnitPrice { get; init; }
}
