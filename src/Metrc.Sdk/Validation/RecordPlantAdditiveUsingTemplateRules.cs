using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plants/v2/additives/usingtemplate</c>.</summary>
internal sealed class RecordPlantAdditiveUsingTemplateRules : IRowRules<RecordPlantAdditiveUsingTemplateRequest>
{
    public static readonly RecordPlantAdditiveUsingTemplateRules Instance = new();

    public void Check(ValidationSession s, int row, RecordPlantAdditiveUsingTemplateRequest r)
    {
        s.TemplateAdditive(row, r.AdditivesTemplateName, r.TotalAmountApplied, r.TotalAmountUnitOfMeasure);
        s.PlantLabels(row, "PlantLabels", r.PlantLabels);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
