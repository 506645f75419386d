using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: processing job type attribute.</summary>
public sealed record ProcessingJobTypeAttribute
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Last modified.</summary>
    public OffsetDateTime? LastModified { get; init; }
}
