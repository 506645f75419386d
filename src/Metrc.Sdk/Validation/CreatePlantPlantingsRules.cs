using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plants/v2/plantings</c>.</summary>
internal sealed class CreatePlantPlantingsRules : IRowRules<CreatePlantPlantingsRequest>
{
    public static readonly CreatePlantPlantingsRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePlantPlantingsRequest r)
    {
        s.PlantRef(row, "PlantLabel", r.PlantLabel);
        s.NewPlantBatchName(row, "PlantBatchName", r.PlantBatchName);
        s.PlantBatchType(row, "PlantBatchType", r.PlantBatchType);
        s.BatchCount(row, "PlantCount", r.PlantCount);
        s.Location(row, "LocationName", r.LocationName);
        s.OptionalSublocation(row, "SublocationName", r.SublocationName);
        s.Strain(row, "StrainName", r.StrainName);
        s.Timestamp(row, "ActualDate", r.ActualDate);
    }
}
