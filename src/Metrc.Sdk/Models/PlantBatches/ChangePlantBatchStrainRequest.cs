namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: change plant batch strain request.</summary>
public sealed record ChangePlantBatchStrainRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Strain id.</summary>
    public long? StrainId { get; init; }

    /// <summary>Strain name.</summary>
    public string? StrainName { get; init; }
}
