namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: processing job type.</summary>
public sealed record ProcessingJobType
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Category name.</summary>
    public string? CategoryName { get; init; }

    /// <summary>For items.</summary>
    public bool ForItems { get; init; }

    /// <summary>For processing jobs.</summary>
    public bool ForProcessingJobs { get; init; }

    /// <summary>Requires processing job attributes.</summary>
    public bool RequiresProcessingJobAttributes { get; init; }

    /// <summary>Processing steps.</summary>
    public string? ProcessingSteps { get; init; }

    /// <summary>Attributes.</summary>
    public IReadOnlyList<ProcessingJobTypeAttribute>? Attributes { get; init; }
}
