namespace Metrc.Sdk.MyTrace;

/// <summary>An item category in the partner (Canix-like) platform.</summary>
public sealed record PartnerItemCategory
{
    /// <summary>The partner's id of the category.</summary>
    public required string ExternalId { get; init; }

    /// <summary>The category name.</summary>
    public required string Name { get; init; }
}
