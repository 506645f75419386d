namespace Metrc.Sdk;

// Processing jobs and job types (offered in some states only).
public sealed partial class MetrcLifecycleSnapshot
{
    /// <summary>The facility's processing jobs (open and finished; archived ones may be left out), by job name.</summary>
    public IReadOnlyDictionary<string, MetrcProcessingJobInfo>? ProcessingJobs { get; init; }

    /// <summary>The facility's active (not archived) processing job types: Metrc's id by name (compared without case).</summary>
    public IReadOnlyDictionary<string, long>? ProcessingJobTypes { get; init; }
}
