using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>
/// Rules of <c>POST /packages/v2/plantings</c>: a plant batch from an active package (clones, seeds). The amount taken
/// is in a unit of the package's kind and at most what it holds; the batch is named once, capped by the state, of a
/// strain and (when given) a location and sublocation that exist.
/// </summary>
internal sealed class CreatePackagePlantingsRules : IRowRules<CreatePackagePlantingsRequest>
{
    public static readonly CreatePackagePlantingsRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePackagePlantingsRequest r)
    {
        MetrcPackageInfo? package = s.ActivePackage(row, "PackageLabel", r.PackageLabel);
        bool amountOk = r.PackageAdjustmentAmount is { } amount
            ? s.Positive(row, "PackageAdjustmentAmount", amount)
            : Missing(s, row, "PackageAdjustmentAmount");
        bool unitOk = s.Unit(row, "PackageAdjustmentUnitOfMeasureName", r.PackageAdjustmentUnitOfMeasureName, null);
        if (package?.UnitOfMeasure is { } held && unitOk)
        {
            if (!MetrcUnits.TryConvert(r.PackageAdjustmentAmount ?? 0, r.PackageAdjustmentUnitOfMeasureName, held, out decimal taken))
            {
                s.Report(row, "PackageAdjustmentUnitOfMeasureName", MetrcRuleCodes.UnitIncompatible, $"Unit '{r.PackageAdjustmentUnitOfMeasureName}' does not fit package {r.PackageLabel} ({held}).");
            }
            else if (amountOk)
            {
                s.Available(row, "PackageAdjustmentAmount", taken, r.PackageLabel!, package);
            }
        }

        if (s.Required(row, "PlantBatchName", r.PlantBatchName) && !s.UniqueName(r.PlantBatchName!))
        {
            s.Report(row, "PlantBatchName", MetrcRuleCodes.PlantBatchNameInUse, $"Plant batch name {r.PlantBatchName} is used more than once in this request.");
        }

        if (s.Required(row, "PlantBatchType", r.PlantBatchType) && r.PlantBatchType is not ("Seed" or "Clone"))
        {
            s.Report(row, "PlantBatchType", MetrcRuleCodes.InvalidValue, $"PlantBatchType '{r.PlantBatchType}' must be Seed or Clone.");
        }

        if (r.PlantCount is not > 0)
        {
            s.Report(row, "PlantCount", MetrcRuleCodes.QuantityPositive, "PlantCount must be greater than 0.");
        }
        else if (r.PlantCount > s.Rules.PlantBatchCap)
        {
            s.Report(row, "PlantCount", MetrcRuleCodes.PlantBatchCountCap, $"PlantCount {r.PlantCount} exceeds the {s.Rules.PlantBatchCap} plants allowed per batch.");
        }

        s.Strain(row, "StrainName", r.StrainName);
        if (!string.IsNullOrEmpty(r.LocationName))
        {
            s.Location(row, "LocationName", r.LocationName);
        }

        s.OptionalSublocation(row, "SublocationName", r.SublocationName);
        s.Timestamp(row, "PlantedDate", r.PlantedDate);
        s.Timestamp(row, "UnpackagedDate", r.UnpackagedDate);
    }

    private static bool Missing(ValidationSession s, int row, string field)
    {
        s.Report(row, field, MetrcRuleCodes.Required, $"{field} is required.");
        return false;
    }
}
