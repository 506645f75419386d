using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /additivestemplates/v2</c>: a template id, a name once in the write, a type, named ingredients at 0-100%.</summary>
internal sealed class UpdateAdditivesTemplateRules : IRowRules<UpdateAdditivesTemplateRequest>
{
    public static readonly UpdateAdditivesTemplateRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateAdditivesTemplateRequest r)
    {
        s.Update(row, r.Id, r.Name, MetrcRuleCodes.AdditivesTemplateNameInUse, "An additives template");
        s.AdditivesTemplateDetails(row, r.AdditiveType, r.ActiveIngredients);
    }
}
