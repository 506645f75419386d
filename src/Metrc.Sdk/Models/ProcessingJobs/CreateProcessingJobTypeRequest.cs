namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create processing job type request.</summary>
public sealed record CreateProcessingJobTypeRequest
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Category.</summary>
    public string? Category { get; init; }

    /// <summary>Processing steps.</summary>
    public string? ProcessingSteps { get; init; }

    /// <summary>Attributes.</summary>
    public IReadOnlyList<string>? Attributes { get; init; }
}
