using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plants/v2/additives/bylocation/usingtemplate</c>.</summary>
internal sealed class RecordAdditiveByLocationUsingTemplateRules : IRowRules<RecordAdditiveByLocationUsingTemplateRequest>
{
    public static readonly RecordAdditiveByLocationUsingTemplateRules Instance = new();

    public void Check(ValidationSession s, int row, RecordAdditiveByLocationUsingTemplateRequest r)
    {
        s.TemplateAdditive(row, r.AdditivesTemplateName, r.TotalAmountApplied, r.TotalAmountUnitOfMeasure);
        s.Location(row, "LocationName", r.LocationName);
        s.OptionalSublocation(row, "SublocationName", r.SublocationName);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
