using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /strains/v2</c>: a new name, levels 0-1 and indica + sativa at most 100%.</summary>
internal sealed class CreateStrainRules : IRowRules<CreateStrainRequest>
{
    public static readonly CreateStrainRules Instance = new();

    public void Check(ValidationSession s, int row, CreateStrainRequest r)
    {
        s.NewName(row, "Name", r.Name, s.Snapshot?.Strains is { } strains ? strains.Contains : null, MetrcRuleCodes.StrainNameInUse, "A strain");
        s.StrainDetails(row, r.TestingStatus, r.ThcLevel, r.CbdLevel, r.IndicaPercentage, r.SativaPercentage);
    }
}
