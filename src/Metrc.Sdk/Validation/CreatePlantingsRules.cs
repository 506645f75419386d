using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plantbatches/v2/plantings</c>.</summary>
internal sealed class CreatePlantingsRules : IRowRules<CreatePlantingsRequest>
{
    public static readonly CreatePlantingsRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePlantingsRequest r)
    {
        s.NewPlantBatchName(row, "Name", r.Name);
        s.PlantBatchType(row, "Type", r.Type);
        s.BatchCount(row, "Count", r.Count);
        s.Strain(row, "Strain", r.Strain);
        s.Location(row, "Location", r.Location);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
