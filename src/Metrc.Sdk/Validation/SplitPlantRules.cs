using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plants/v2/split</c>.</summary>
internal sealed class SplitPlantRules : IRowRules<SplitPlantRequest>
{
    public static readonly SplitPlantRules Instance = new();

    public void Check(ValidationSession s, int row, SplitPlantRequest r)
    {
        s.PlantRef(row, "SourcePlantLabel", r.SourcePlantLabel);
        s.PositiveCount(row, "PlantCount", r.PlantCount);
        s.NewPlantTag(row, "TagLabel", r.TagLabel);
        if (!string.IsNullOrWhiteSpace(r.StrainLabel))
        {
            s.Strain(row, "StrainLabel", r.StrainLabel);
        }

        s.Date(row, "SplitDate", r.SplitDate);
    }
}
