using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plants/v2/location</c>.</summary>
internal sealed class ChangePlantLocationRules : IRowRules<ChangePlantLocationRequest>
{
    public static readonly ChangePlantLocationRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePlantLocationRequest r)
    {
        s.PlantRef(row, "Label", r.Label, r.Id);
        s.Location(row, "Location", r.Location);
        s.OptionalSublocation(row, "Sublocation", r.Sublocation);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
