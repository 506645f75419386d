using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plants/v2/tag</c>.</summary>
internal sealed class ChangePlantTagRules : IRowRules<ChangePlantTagRequest>
{
    public static readonly ChangePlantTagRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePlantTagRequest r)
    {
        s.PlantRef(row, "Label", r.Label, r.Id);
        s.NewPlantTag(row, "NewTag", r.NewTag);
        s.Date(row, "ReplaceDate", r.ReplaceDate);
    }
}
