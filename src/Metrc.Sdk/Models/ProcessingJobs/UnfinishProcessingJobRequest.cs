namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: unfinish processing job request.</summary>
public sealed record UnfinishProcessingJobRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }
}
