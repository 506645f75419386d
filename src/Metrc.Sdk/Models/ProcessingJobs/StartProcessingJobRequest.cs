using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: start processing job request.</summary>
public sealed record StartProcessingJobRequest
{
    /// <summary>Job name.</summary>
    public string? JobName { get; init; }

    /// <summary>Job type.</summary>
    public string? JobType { get; init; }

    /// <summary>Count unit of measure.</summary>
    public string? CountUnitOfMeasure { get; init; }

    /// <summary>Volume unit of measure.</summary>
    public string? VolumeUnitOfMeasure { get; init; }

    /// <summary>Weight unit of measure.</summary>
    public string? WeightUnitOfMeasure { get; init; }

    /// <summary>Packages.</summary>
    public IReadOnlyList<ProcessingJobPackageRequest>? Packages { get; init; }

    /// <summary>Start date.</summary>
    public OffsetDateTime? StartDate { get; init; }
}
