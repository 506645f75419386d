using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /additivestemplates/v2</c>: a new name, a type, named ingredients at 0-100%.</summary>
internal sealed class CreateAdditivesTemplateRules : IRowRules<CreateAdditivesTemplateRequest>
{
    public static readonly CreateAdditivesTemplateRules Instance = new();

    public void Check(ValidationSession s, int row, CreateAdditivesTemplateRequest r)
    {
        s.NewName(row, "Name", r.Name, s.Snapshot?.AdditivesTemplates is { } templates ? templates.Contains : null, MetrcRuleCodes.AdditivesTemplateNameInUse, "An additives template");
        s.AdditivesTemplateDetails(row, r.AdditiveType, r.ActiveIngredients);
    }
}
