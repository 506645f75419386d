using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plants/v2/strain</c>.</summary>
internal sealed class ChangePlantStrainRules : IRowRules<ChangePlantStrainRequest>
{
    public static readonly ChangePlantStrainRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePlantStrainRequest r)
    {
        s.PlantRef(row, "Label", r.Label, r.Id);
        s.NewStrain(row, r.StrainName, r.StrainId);
    }
}
