using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /harvests/v2/location</c>: an open harvest moved to a location (and sublocation) that exists.</summary>
internal sealed class ChangeHarvestLocationRules : IRowRules<ChangeHarvestLocationRequest>
{
    public static readonly ChangeHarvestLocationRules Instance = new();

    public void Check(ValidationSession s, int row, ChangeHarvestLocationRequest r)
    {
        s.Location(row, "DryingLocation", r.DryingLocation);
        s.OptionalSublocation(row, "DryingSublocation", r.DryingSublocation);
        if (s.RequiredValue(row, "ActualDate", r.ActualDate))
        {
            s.Timestamp(row, "ActualDate", r.ActualDate.Value);
        }

        if (s.Harvest(row, "Id", r.Id, "HarvestName", r.HarvestName) is { } harvest)
        {
            s.OpenHarvest(row, r.Id is null ? "HarvestName" : "Id", harvest.Name, harvest.Info);
        }
    }
}
