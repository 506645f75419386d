using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /processing/v2/unfinish</c>: only a finished job.</summary>
internal sealed class UnfinishProcessingJobRules : IRowRules<UnfinishProcessingJobRequest>
{
    public static readonly UnfinishProcessingJobRules Instance = new();

    public void Check(ValidationSession s, int row, UnfinishProcessingJobRequest r)
    {
        if (s.Job(row, "Id", r.Id) is { IsFinished: false } job)
        {
            s.Report(row, "Id", MetrcRuleCodes.ProcessingJobNotFinished, $"Processing job {job.Id} is not finished; only a finished job can be unfinished.");
        }
    }
}
