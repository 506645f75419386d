namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: sales county.</summary>
public sealed record SalesCounty
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }
}
