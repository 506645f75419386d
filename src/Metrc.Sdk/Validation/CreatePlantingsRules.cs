using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /plantbatches/v2/plantings</c>.</summary>
internal sealed class CreatePlantingsRules : IRowRules<CreatePlantingsRequest>
{
    public static readonly CreatePlantingsRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePlantingsRequest r)
    {
        if (s.Required(row, "Name", r.Name) && !s.UniqueName(r.Name))
        {
            s.Report(row, "Name", MetrcRuleCodes.PlantBatchNameInUse, $"Plant batch name {r.Name} is used more than once in this request.");
        }

        if (s.Required(row, "Type", r.Type) && r.Type is not ("Seed" or "Clone"))
        {
            s.Report(row, "Type", MetrcRuleCodes.InvalidValue, $"Type '{r.Type}' must be Seed or Clone.");
        }

        if (r.Count <= 0)
        {
            s.Report(row, "Count", MetrcRuleCodes.QuantityPositive, "Count must be greater than 0.");
        }
        else if (r.Count > s.Rules.PlantBatchCap)
        {
            s.Report(row, "Count", MetrcRuleCodes.PlantBatchCountCap, $"Count {r.Count} exceeds the {s.Rules.PlantBatchCap} plants allowed per batch.");
        }

        s.Strain(row, "Strain", r.Strain);
        s.Location(row, "Location", r.Location);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
