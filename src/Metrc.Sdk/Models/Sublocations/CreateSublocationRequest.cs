namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create sublocation request.</summary>
public sealed record CreateSublocationRequest
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }
}
