namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: processing job type category.</summary>
public sealed record ProcessingJobTypeCategory
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>For items.</summary>
    public bool ForItems { get; init; }

    /// <summary>For processing jobs.</summary>
    public bool ForProcessingJobs { get; init; }

    /// <summary>Requires processing job attributes.</summary>
    public bool RequiresProcessingJobAttributes { get; init; }
}
