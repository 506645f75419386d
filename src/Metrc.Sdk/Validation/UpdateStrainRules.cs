using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /strains/v2</c>: a strain id, a name once in the write, levels 0-1 and indica + sativa at most 100%.</summary>
internal sealed class UpdateStrainRules : IRowRules<UpdateStrainRequest>
{
    public static readonly UpdateStrainRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateStrainRequest r)
    {
        s.Update(row, r.Id, r.Name, MetrcRuleCodes.StrainNameInUse, "A strain");
        s.StrainDetails(row, r.TestingStatus, r.ThcLevel, r.CbdLevel, r.IndicaPercentage, r.SativaPercentage);
    }
}
