using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plantbatches/v2/additives/usingtemplate</c>.</summary>
internal sealed class RecordAdditiveUsingTemplateRules : IRowRules<RecordAdditiveUsingTemplateRequest>
{
    public static readonly RecordAdditiveUsingTemplateRules Instance = new();

    public void Check(ValidationSession s, int row, RecordAdditiveUsingTemplateRequest r)
    {
        s.TemplateAdditive(row, r.AdditivesTemplateName, r.TotalAmountApplied, r.TotalAmountUnitOfMeasure);
        s.PlantBatch(row, "PlantBatchName", r.PlantBatchName);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
