namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: change package item request.</summary>
public sealed record ChangePackageItemRequest
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Item.</summary>
    public string? Item { get; init; }
}
