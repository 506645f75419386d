using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>
/// Rules of <c>POST /plantbatches/v2/packages</c> (plants packaged out of a batch, which loses them) and
/// <c>POST /plantbatches/v2/packages/frommotherplant</c> (clones cut from the batch's mother plant; the batch keeps its count).
/// </summary>
internal sealed class CreatePlantBatchPackageRules : IRowRules<CreatePlantBatchPackageRequest>
{
    public static readonly CreatePlantBatchPackageRules FromBatch = new(takesPlants: true);

    public static readonly CreatePlantBatchPackageRules FromMotherPlant = new(takesPlants: false);

    private readonly bool _takesPlants;

    private CreatePlantBatchPackageRules(bool takesPlants) => _takesPlants = takesPlants;

    public void Check(ValidationSession s, int row, CreatePlantBatchPackageRequest r)
    {
        MetrcPlantBatchInfo? batch = s.PlantBatch(row, "PlantBatch", r.PlantBatch);
        if (_takesPlants)
        {
            s.TakePlants(row, "Count", r.Count, r.PlantBatch, batch);
        }
        else
        {
            s.PositiveCount(row, "Count", r.Count);
        }

        s.NewTag(row, "Tag", r.Tag, MetrcTagKind.Package);
        s.PlantItem(row, "Item", r.Item);
        if (r.Location is not null)
        {
            s.Location(row, "Location", r.Location);
        }

        s.OptionalSublocation(row, "Sublocation", r.Sublocation);
        s.Date(row, "ActualDate", r.ActualDate);
    }
}
