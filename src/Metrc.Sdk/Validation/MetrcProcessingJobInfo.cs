namespace Metrc.Sdk;

/// <summary>What a lifecycle snapshot knows about one processing job of the facility.</summary>
/// <param name="Id">Metrc's id of the job (adjust, finish and unfinish name the job by id).</param>
/// <param name="JobType">The name of the job's type.</param>
/// <param name="IsFinished">Whether the job is finished (it then takes no more input until unfinished).</param>
public sealed record MetrcProcessingJobInfo(long Id, string JobType, bool IsFinished)
{
    /// <summary>
    /// The quantity the job holds of each input package, by package label, in the package's unit; <see langword="null"/>
    /// when unknown, which skips the check that an adjustment stays within what the job holds.
    /// </summary>
    public IReadOnlyDictionary<string, decimal>? Inputs { get; init; }
}
