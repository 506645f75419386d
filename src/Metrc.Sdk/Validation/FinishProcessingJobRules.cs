using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /processing/v2/finish</c>: an open job, a finish date, waste quantities with units of their kind.</summary>
internal sealed class FinishProcessingJobRules : IRowRules<FinishProcessingJobRequest>
{
    public static readonly FinishProcessingJobRules Instance = new();

    public void Check(ValidationSession s, int row, FinishProcessingJobRequest r)
    {
        s.OpenJob(row, "Id", s.Job(row, "Id", r.Id), r.Id.ToString()!);
        s.Timestamp(row, "FinishDate", r.FinishDate);
        s.Waste(row, "TotalCountWaste", r.TotalCountWaste, "WasteCountUnitOfMeasureName", r.WasteCountUnitOfMeasureName, QuantityKind.Count);
        s.Waste(row, "TotalVolumeWaste", r.TotalVolumeWaste, "WasteVolumeUnitOfMeasureName", r.WasteVolumeUnitOfMeasureName, QuantityKind.Volume);
        s.Waste(row, "TotalWeightWaste", r.TotalWeightWaste, "WasteWeightUnitOfMeasureName", r.WasteWeightUnitOfMeasureName, QuantityKind.Weight);
    }
}
