using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plantbatches/v2/tag</c>.</summary>
internal sealed class ChangePlantBatchTagRules : IRowRules<ChangePlantBatchTagRequest>
{
    public static readonly ChangePlantBatchTagRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePlantBatchTagRequest r)
    {
        s.PlantBatchRef(row, "Group", r.Group, r.Id);
        s.NewPlantTag(row, "NewTag", r.NewTag);
        s.Date(row, "ReplaceDate", r.ReplaceDate);
    }
}
