namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: sublocation.</summary>
public sealed record Sublocation
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }
}
