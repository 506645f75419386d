using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plantbatches/v2/location</c>.</summary>
internal sealed class ChangePlantBatchLocationRules : IRowRules<ChangePlantBatchLocationRequest>
{
    public static readonly ChangePlantBatchLocationRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePlantBatchLocationRequest r)
    {
        s.PlantBatch(row, "Name", r.Name);
        s.Location(row, "Location", r.Location);
        s.OptionalSublocation(row, "Sublocation", r.Sublocation);
        s.Date(row, "MoveDate", r.MoveDate);
    }
}
