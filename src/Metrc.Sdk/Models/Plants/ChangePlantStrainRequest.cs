namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: change plant strain request.</summary>
public sealed record ChangePlantStrainRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Strain id.</summary>
    public long? StrainId { get; init; }

    /// <summary>Strain name.</summary>
    public string? StrainName { get; init; }
}
