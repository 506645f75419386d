namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: harvest waste type.</summary>
public sealed record HarvestWasteType
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }
}
