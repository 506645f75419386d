using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plantbatches/v2/name</c>.</summary>
internal sealed class RenamePlantBatchRules : IRowRules<RenamePlantBatchRequest>
{
    public static readonly RenamePlantBatchRules Instance = new();

    public void Check(ValidationSession s, int row, RenamePlantBatchRequest r)
    {
        s.PlantBatchRef(row, "Group", r.Group, r.Id);
        s.NewPlantBatchName(row, "NewGroup", r.NewGroup);
    }
}
