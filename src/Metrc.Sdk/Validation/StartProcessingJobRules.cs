using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /processing/v2/start</c>: a new job name, an active job type, usable packages that hold what is taken.</summary>
internal sealed class StartProcessingJobRules : IRowRules<StartProcessingJobRequest>
{
    public static readonly StartProcessingJobRules Instance = new();

    public void Check(ValidationSession s, int row, StartProcessingJobRequest r)
    {
        if (s.Required(row, "JobName", r.JobName))
        {
            if (!s.UniqueName(r.JobName!))
            {
                s.Report(row, "JobName", MetrcRuleCodes.ProcessingJobNameInUse, $"Processing job name {r.JobName} is used more than once in this request.");
            }
            else if (s.Snapshot?.ProcessingJobs?.ContainsKey(r.JobName!) == true)
            {
                s.Report(row, "JobName", MetrcRuleCodes.ProcessingJobNameInUse, $"A processing job named {r.JobName} already exists.");
            }
        }

        s.ActiveJobType(row, "JobType", r.JobType);
        s.Timestamp(row, "StartDate", r.StartDate);

        s.JobUnits(row, ("CountUnitOfMeasure", r.CountUnitOfMeasure), ("VolumeUnitOfMeasure", r.VolumeUnitOfMeasure), ("WeightUnitOfMeasure", r.WeightUnitOfMeasure));
        s.JobPackages(row, r.Packages, adjustment: false, job: null);
    }
}
