using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plants/v2/plantbatch/packages</c>.</summary>
internal sealed class CreatePlantBatchPackageFromPlantRules : IRowRules<CreatePlantBatchPackageFromPlantRequest>
{
    public static readonly CreatePlantBatchPackageFromPlantRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePlantBatchPackageFromPlantRequest r)
    {
        s.PlantRef(row, "PlantLabel", r.PlantLabel);
        s.NewTag(row, "PackageTag", r.PackageTag, MetrcTagKind.Package);
        s.PlantBatchType(row, "PlantBatchType", r.PlantBatchType);
        s.PlantItem(row, "Item", r.Item);
        if (r.Location is not null)
        {
            s.Location(row, "Location", r.Location);
        }

        s.OptionalSublocation(row, "Sublocation", r.Sublocation);
        s.PositiveCount(row, "Count", r.Count);
        s.Timestamp(row, "ActualDate", r.ActualDate);
    }
}
