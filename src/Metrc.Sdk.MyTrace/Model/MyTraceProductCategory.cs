namespace Metrc.Sdk.MyTrace;

/// <summary>A MyTrace product category.</summary>
public sealed record MyTraceProductCategory
{
    /// <summary>MyTrace's id; null until MyTrace has stored the category.</summary>
    public string? Id { get; init; }

    /// <summary>The id of the category in the source platform, kept for round trips.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The display name (normalised: trimmed, single spaces).</summary>
    public required string Name { get; init; }
}
