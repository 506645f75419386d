namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: rename plant batch request.</summary>
public sealed record RenamePlantBatchRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Group.</summary>
    public string? Group { get; init; }

    /// <summary>New group.</summary>
    public string? NewGroup { get; init; }
}
