using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /plants/v2/harvest</c> and <c>POST /plants/v2/manicure</c>.</summary>
internal sealed class HarvestPlantRules(bool manicure) : IRowRules<HarvestPlantRequest>
{
    public static readonly HarvestPlantRules Harvest = new(false);

    public static readonly HarvestPlantRules Manicure = new(true);

    public void Check(ValidationSession s, int row, HarvestPlantRequest r)
    {
        s.Positive(row, "Weight", r.Weight);
        s.Unit(row, "UnitOfWeight", r.UnitOfWeight, QuantityKind.Weight);
        s.Location(row, "DryingLocation", r.DryingLocation);
        s.Required(row, "HarvestName", r.HarvestName);
        s.Date(row, "ActualDate", r.ActualDate);

        // A plant is harvested once, but may be manicured several times in one request.
        bool labelOk = manicure ? s.TagFormat(row, "Plant", r.Plant) : s.UniqueLabel(row, "Plant", r.Plant);
        if (labelOk && s.Plant(row, "Plant", r.Plant) is { } phase && !PlantLifecycle.CanHarvest(phase))
        {
            s.Report(row, "Plant", MetrcRuleCodes.HarvestNotFlowering, $"Plant {r.Plant} is {phase}; only flowering plants can be {(manicure ? "manicured" : "harvested")}.");
        }
    }
}
