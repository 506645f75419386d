using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: plant waste method.</summary>
public sealed record PlantWasteMethod
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>For plants.</summary>
    public bool ForPlants { get; init; }

    /// <summary>For product destruction.</summary>
    public bool ForProductDestruction { get; init; }

    /// <summary>Last modified.</summary>
    public OffsetDateTime? LastModified { get; init; }
}
