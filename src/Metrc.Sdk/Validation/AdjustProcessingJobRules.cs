using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /processing/v2/adjust</c>: an open job, a reason and date, quantities within what the job holds.</summary>
internal sealed class AdjustProcessingJobRules : IRowRules<AdjustProcessingJobRequest>
{
    public static readonly AdjustProcessingJobRules Instance = new();

    public void Check(ValidationSession s, int row, AdjustProcessingJobRequest r)
    {
        MetrcProcessingJobInfo? job = s.Job(row, "Id", r.Id);
        s.OpenJob(row, "Id", job, r.Id.ToString()!);
        s.Required(row, "AdjustmentReason", r.AdjustmentReason);
        s.Timestamp(row, "AdjustmentDate", r.AdjustmentDate);

        s.JobUnits(row, ("CountUnitOfMeasureName", r.CountUnitOfMeasureName), ("VolumeUnitOfMeasureName", r.VolumeUnitOfMeasureName), ("WeightUnitOfMeasureName", r.WeightUnitOfMeasureName));
        s.JobPackages(row, r.Packages, adjustment: true, job);
    }
}
