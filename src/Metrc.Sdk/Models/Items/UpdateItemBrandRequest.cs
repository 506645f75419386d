namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update item brand request.</summary>
public sealed record UpdateItemBrandRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }
}
