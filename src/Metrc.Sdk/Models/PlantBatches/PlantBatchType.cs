using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: plant batch type.</summary>
public sealed record PlantBatchType
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Can be cloned.</summary>
    public bool CanBeCloned { get; init; }

    /// <summary>Last modified.</summary>
    public OffsetDateTime? LastModified { get; init; }
}
