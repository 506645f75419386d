namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update processing job type request.</summary>
public sealed record UpdateProcessingJobTypeRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Category name.</summary>
    public string? CategoryName { get; init; }

    /// <summary>Processing steps.</summary>
    public string? ProcessingSteps { get; init; }

    /// <summary>Attributes.</summary>
    public IReadOnlyList<string>? Attributes { get; init; }
}
