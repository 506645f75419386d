namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create item brand request.</summary>
public sealed record CreateItemBrandRequest
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }
}
