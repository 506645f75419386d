namespace Metrc.Sdk.Models;

/// <summary>A plant or package tag issued to a facility.</summary>
public sealed record MetrcTag
{
    /// <summary>Metrc's id of the tag.</summary>
    public long Id { get; init; }

    /// <summary>The 24-character tag label.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The tag type (for example <c>CannabisPlant</c>, <c>CannabisPackage</c>).</summary>
    public string? TagTypeName { get; init; }

    /// <summary>The tag's status (for example <c>Received</c>).</summary>
    public string? StatusName { get; init; }
}
