using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /processing/v2/createpackages</c>: a package from an open job, on a new tag, of an item in a unit that fits it.</summary>
internal sealed class CreateProcessingJobPackageRules : IRowRules<CreateProcessingJobPackageRequest>
{
    public static readonly CreateProcessingJobPackageRules Instance = new();

    public void Check(ValidationSession s, int row, CreateProcessingJobPackageRequest r)
    {
        s.OpenJob(row, "JobName", s.Job(row, "JobName", r.JobName), r.JobName!);
        s.NewTag(row, "Tag", r.Tag, MetrcTagKind.Package);
        s.Location(row, "Location", r.Location);
        s.OptionalSublocation(row, "Sublocation", r.Sublocation);
        QuantityKind? kind = s.Required(row, "Item", r.Item) ? s.ItemKind(row, "Item", r.Item) : null;
        s.Unit(row, "UnitOfMeasure", r.UnitOfMeasure, kind);
        if (r.Quantity is { } quantity)
        {
            s.Positive(row, "Quantity", quantity);
        }
        else
        {
            s.Required(row, "Quantity", null);
        }

        s.Date(row, "PackageDate", r.PackageDate);
        if (r.FinishProcessingJob == true)
        {
            s.Date(row, "FinishDate", r.FinishDate);
            s.Waste(row, "WasteCountQuantity", r.WasteCountQuantity, "WasteCountUnitOfMeasureName", r.WasteCountUnitOfMeasureName, QuantityKind.Count);
            s.Waste(row, "WasteVolumeQuantity", r.WasteVolumeQuantity, "WasteVolumeUnitOfMeasureName", r.WasteVolumeUnitOfMeasureName, QuantityKind.Volume);
            s.Waste(row, "WasteWeightQuantity", r.WasteWeightQuantity, "WasteWeightUnitOfMeasureName", r.WasteWeightUnitOfMeasureName, QuantityKind.Weight);
        }

        if (!s.HasErrors(row) && r.Tag is not null)
        {
            s.Created(r.Tag, r.Quantity, r.UnitOfMeasure);
        }
    }
}
