using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plantbatches/v2/strain</c>.</summary>
internal sealed class ChangePlantBatchStrainRules : IRowRules<ChangePlantBatchStrainRequest>
{
    public static readonly ChangePlantBatchStrainRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePlantBatchStrainRequest r)
    {
        s.PlantBatchRef(row, "Name", r.Name, r.Id);
        s.NewStrain(row, r.StrainName, r.StrainId);
    }
}
