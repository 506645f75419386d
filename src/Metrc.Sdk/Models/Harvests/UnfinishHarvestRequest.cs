namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: unfinish harvest request.</summary>
public sealed record UnfinishHarvestRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }
}
