using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Metrc.Sdk.Testing.Rules;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>
/// Plant batch and plant writes beyond plantings, growth phases, harvest and destroy (<see cref="PlantWrites"/>):
/// packages, splits, adjustments, destroys and waste of batches; additives; moves, strain and tag changes; plant
/// plantings, packages, merges and splits. Counts move on the batch; additives and waste are recorded.
/// </summary>
internal static class PlantsWrites
{
    private delegate Func<long?>? Rule<TRow>(PlantRequest p, RowChecks c, int row, TRow r);

    private enum Target
    {
        Batch,
        Plants,
        Location,
    }

    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        void On<TRow>(string operation, Rule<TRow> rule) => app.Handle(operation, ctx =>
        {
            PlantRequest? request = null;
            return WriteHandler.HandleAsync<TRow>(ctx, store, log, partial, (c, i, r) => rule(request ??= new PlantRequest(store, EmulatorRequest.Get(ctx).RequiredState), c, i, r));
        });

        On<AdjustBatchRow>("PlantBatches.Adjust", AdjustBatch);
        On<BatchPackageRow>("PlantBatches.CreatePackages", (p, c, i, r) => BatchPackage(p, c, i, r, takesPlants: true));
        On<BatchPackageRow>("PlantBatches.CreatePackagesFromMotherPlant", (p, c, i, r) => BatchPackage(p, c, i, r, takesPlants: false));
        On<AdditiveRow>("PlantBatches.RecordAdditives", (p, c, i, r) => Additive(p, c, i, r, Target.Batch, template: false));
        On<AdditiveRow>("PlantBatches.RecordAdditivesUsingTemplate", (p, c, i, r) => Additive(p, c, i, r, Target.Batch, template: true));
        On<AdditiveRow>("Plants.RecordAdditives", (p, c, i, r) => Additive(p, c, i, r, Target.Plants, template: false));
        On<AdditiveRow>("Plants.RecordAdditivesUsingTemplate", (p, c, i, r) => Additive(p, c, i, r, Target.Plants, template: true));
        On<AdditiveRow>("Plants.RecordAdditivesByLocation", (p, c, i, r) => Additive(p, c, i, r, Target.Location, template: false));
        On<AdditiveRow>("Plants.RecordAdditivesByLocationUsingTemplate", (p, c, i, r) => Additive(p, c, i, r, Target.Location, template: true));
        On<WasteRow>("PlantBatches.RecordWaste", (p, c, i, r) => Waste(p, c, i, r, Target.Batch));
        On<WasteRow>("Plants.RecordWaste", (p, c, i, r) => Waste(p, c, i, r, r.PlantLabels is { Count: > 0 } || string.IsNullOrWhiteSpace(r.LocationName) ? Target.Plants : Target.Location));
        On<SplitBatchRow>("PlantBatches.Split", SplitBatch);
        On<DestroyBatchRow>("PlantBatches.Destroy", DestroyBatch);
        On<RenameBatchRow>("PlantBatches.Rename", RenameBatch);
        On<BatchLocationRow>("PlantBatches.ChangeLocation", MoveBatch);
        On<BatchStrainRow>("PlantBatches.ChangeStrain", BatchStrain);
        On<BatchTagRow>("PlantBatches.ChangeTag", BatchTag);
        On<PlantPackageRow>("Plants.CreatePlantBatchPackages", PlantPackage);
        On<PlantPlantingRow>("Plants.CreatePlantings", PlantPlanting);
        On<AdjustPlantRow>("Plants.Adjust", AdjustPlant);
        On<MergePlantRow>("Plants.Merge", MergePlant);
        On<PlantLocationRow>("Plants.ChangeLocation", MovePlant);
        On<PlantStrainRow>("Plants.ChangeStrain", PlantStrain);
        On<PlantTagRow>("Plants.ChangeTag", PlantTag);
        On<SplitPlantRow>("Plants.Split", SplitPlant);

        // The lists the writes check against, so a snapshot loaded from the emulator sees them.
        app.Handle("Plants.ListWasteMethods", ctx => ListHandler.PagedAsync(ctx, store, f => f.WasteMethods.Values, m => m.LastModified, m => m.Id, (m, _) => new WasteMethodBody(m.Name, true)));
        app.Handle("Plants.ListWasteReasons", ctx => ListHandler.PagedAsync(ctx, store, f => f.WasteReasons.Values, r => r.LastModified, r => r.Id, (r, _) => new WasteReasonBody(r.Name, false)));
        app.Handle("PlantBatches.ListWasteReasons", ctx => ListHandler.BareAsync(ctx, store, request =>
            request.Facility is { } f ? [.. f.WasteReasons.Values.OrderBy(r => r.Id).Select(r => new WasteReasonBody(r.Name, false))] : new List<WasteReasonBody>()));
    }

    private static Func<long?>? AdjustBatch(PlantRequest p, RowChecks c, int row, AdjustBatchRow r)
    {
        BatchData? batch = c.Batch(row, "PlantBatchName", r.PlantBatchName);
        bool ok = batch is not null & c.Required(row, "AdjustmentReason", r.AdjustmentReason) & c.Date(row, "AdjustmentDate", r.AdjustmentDate);
        if (r.Quantity is not { } quantity)
        {
            ok = c.Required(row, "Quantity", null);
        }
        else if (quantity == 0 || decimal.Truncate(quantity) != quantity)
        {
            c.Errors.Add(row, quantity == 0 ? MetrcRuleCodes.QuantityPositive : MetrcRuleCodes.InvalidValue, $"Quantity {quantity} must be a whole number of plants other than 0.");
            ok = false;
        }
        else if (quantity < 0)
        {
            ok &= c.TakePlants(row, "Quantity", (int)-quantity, batch, p);
        }

        return ok ? Touch(p, batch!, b => b.Untracked += (int)r.Quantity!.Value) : null;
    }

    private static Func<long?>? BatchPackage(PlantRequest p, RowChecks c, int row, BatchPackageRow r, bool takesPlants)
    {
        BatchData? batch = c.Batch(row, "PlantBatch", r.PlantBatch);
        bool ok = batch is not null
            & (takesPlants ? c.TakePlants(row, "Count", r.Count, batch, p) : c.PositiveCount(row, "Count", r.Count))
            & c.NewTag(row, "Tag", r.Tag, TagKind.Package)
            & c.PlantItem(row, "Item", r.Item) is not null
            & (r.Location is null || c.Location(row, "Location", r.Location))
            & c.OptionalSublocation(row, "Sublocation", r.Sublocation)
            & c.Date(row, "ActualDate", r.ActualDate);
        if (!ok)
        {
            return null;
        }

        return () =>
        {
            if (takesPlants)
            {
                batch!.Untracked -= r.Count!.Value;
                batch.LastModified = p.Store.Now;
            }

            return NewPackage(p, c, r.Tag!, r.Item!, r.Location ?? batch!.Location, r.Count!.Value, r.ActualDate!.Value);
        };
    }

    private static Func<long?>? Additive(PlantRequest p, RowChecks c, int row, AdditiveRow r, Target target, bool template)
    {
        bool ok = c.Additive(row, r, template) & c.Date(row, "ActualDate", r.ActualDate) & Targets(c, row, target, r.PlantBatchName, r.PlantLabels, r.LocationName, r.SublocationName);
        return ok ? Record(p, c.Facility.PlantAdditives, TargetNames(target, r.PlantBatchName, r.PlantLabels, r.LocationName), (template ? r.AdditivesTemplateName : r.ProductTradeName)!, null, r.TotalAmountApplied!.Value, r.TotalAmountUnitOfMeasure!, r.ActualDate!.Value) : null;
    }

    private static Func<long?>? Waste(PlantRequest p, RowChecks c, int row, WasteRow r, Target target)
    {
        bool ok = c.Waste(row, r) & c.Date(row, "WasteDate", r.WasteDate) & Targets(c, row, target, r.PlantBatchName, r.PlantLabels, r.LocationName, r.SublocationName);
        if (target == Target.Plants)
        {
            ok &= (string.IsNullOrWhiteSpace(r.LocationName) || c.Location(row, "LocationName", r.LocationName)) & c.OptionalSublocation(row, "SublocationName", r.SublocationName);
        }

        return ok ? Record(p, c.Facility.PlantWaste, TargetNames(target, r.PlantBatchName, r.PlantLabels, r.LocationName), r.WasteMethodName!, r.ReasonName, r.WasteWeight!.Value, r.UnitOfMeasureName!, r.WasteDate!.Value) : null;
    }

    private static Func<long?>? SplitBatch(PlantRequest p, RowChecks c, int row, SplitBatchRow r)
    {
        BatchData? batch = c.Batch(row, "PlantBatch", r.PlantBatch);
        bool ok = batch is not null
            & c.NewBatchName(row, "GroupName", r.GroupName, p)
            & c.TakePlants(row, "Count", r.Count, batch, p)
            & c.Location(row, "Location", r.Location)
            & c.OptionalSublocation(row, "Sublocation", r.Sublocation)
            & c.Strain(row, "Strain", r.Strain)
            & c.Timestamp(row, "ActualDate", r.ActualDate);
        if (!ok)
        {
            return null;
        }

        return () =>
        {
            batch!.Untracked -= r.Count!.Value;
            batch.LastModified = p.Store.Now;
            return NewBatch(p, c, r.GroupName!, batch.Type, r.Strain!, r.Location!, r.Count.Value, batch.PlantedDate);
        };
    }

    private static Func<long?>? DestroyBatch(PlantRequest p, RowChecks c, int row, DestroyBatchRow r)
    {
        BatchData? batch = c.Batch(row, "PlantBatch", r.PlantBatch);
        bool ok = batch is not null
            & c.TakePlants(row, "Count", r.Count, batch, p)
            & c.DestroyWaste(row, r.WasteMethodName, r.WasteReasonName, r.WasteWeight, "WasteUnitOfMeasure", r.WasteUnitOfMeasure, p.Rules.RequiredDestroyFields)
            & c.Date(row, "ActualDate", r.ActualDate);
        return ok ? Touch(p, batch!, b => b.Untracked -= r.Count!.Value) : null;
    }

    private static Func<long?>? RenameBatch(PlantRequest p, RowChecks c, int row, RenameBatchRow r)
    {
        BatchData? batch = c.BatchRef(row, "Group", r.Group, r.Id);
        bool ok = batch is not null & c.NewBatchName(row, "NewGroup", r.NewGroup, p);
        if (!ok)
        {
            return null;
        }

        return Touch(p, batch!, b =>
        {
            c.Facility.Batches.Remove(b.Name);
            foreach (PlantData plant in c.Facility.Plants.Values.Where(plant => plant.BatchName == b.Name))
            {
                plant.BatchName = r.NewGroup!;
            }

            b.Name = r.NewGroup!;
            c.Facility.Batches[b.Name] = b;
        });
    }

    private static Func<long?>? MoveBatch(PlantRequest p, RowChecks c, int row, BatchLocationRow r)
    {
        BatchData? batch = c.Batch(row, "Name", r.Name);
        bool ok = batch is not null & c.Location(row, "Location", r.Location) & c.OptionalSublocation(row, "Sublocation", r.Sublocation) & c.Date(row, "MoveDate", r.MoveDate);
        return ok ? Touch(p, batch!, b => b.Location = c.Facility.Locations[r.Location!].Name) : null;
    }

    private static Func<long?>? BatchStrain(PlantRequest p, RowChecks c, int row, BatchStrainRow r)
    {
        BatchData? batch = c.BatchRef(row, "Name", r.Name, r.Id);
        bool ok = batch is not null & c.NewStrain(row, r.StrainName, r.StrainId, out string? strain);
        return ok ? Touch(p, batch!, b => b.Strain = strain ?? b.Strain) : null;
    }

    private static Func<long?>? BatchTag(PlantRequest p, RowChecks c, int row, BatchTagRow r)
    {
        BatchData? batch = c.BatchRef(row, "Group", r.Group, r.Id);
        bool ok = batch is not null & c.NewTag(row, "NewTag", r.NewTag, TagKind.Plant) & c.Date(row, "ReplaceDate", r.ReplaceDate);
        return ok ? Touch(p, batch!, _ => c.UseTag(r.NewTag!)) : null;
    }

    private static Func<long?>? PlantPackage(PlantRequest p, RowChecks c, int row, PlantPackageRow r)
    {
        PlantData? plant = c.PlantRef(row, "PlantLabel", r.PlantLabel);
        bool ok = plant is not null
            & c.NewTag(row, "PackageTag", r.PackageTag, TagKind.Package)
            & c.BatchType(row, "PlantBatchType", r.PlantBatchType)
            & c.PlantItem(row, "Item", r.Item) is not null
            & (r.Location is null || c.Location(row, "Location", r.Location))
            & c.OptionalSublocation(row, "Sublocation", r.Sublocation)
            & c.PositiveCount(row, "Count", r.Count)
            & c.Timestamp(row, "ActualDate", r.ActualDate);
        return ok ? () => NewPackage(p, c, r.PackageTag!, r.Item!, r.Location ?? plant!.Location, r.Count!.Value, DateOnly.FromDateTime(r.ActualDate!.Value.DateTime)) : null;
    }

    private static Func<long?>? PlantPlanting(PlantRequest p, RowChecks c, int row, PlantPlantingRow r)
    {
        bool ok = c.PlantRef(row, "PlantLabel", r.PlantLabel) is not null
            & c.NewBatchName(row, "PlantBatchName", r.PlantBatchName, p)
            & c.BatchType(row, "PlantBatchType", r.PlantBatchType)
            & c.BatchCount(row, "PlantCount", r.PlantCount, p)
            & c.Location(row, "LocationName", r.LocationName)
            & c.OptionalSublocation(row, "SublocationName", r.SublocationName)
            & c.Strain(row, "StrainName", r.StrainName)
            & c.Timestamp(row, "ActualDate", r.ActualDate);
        return ok
            ? () => NewBatch(p, c, r.PlantBatchName!, r.PlantBatchType!, r.StrainName!, r.LocationName!, r.PlantCount!.Value, DateOnly.FromDateTime(r.ActualDate!.Value.DateTime))
            : null;
    }

    private static Func<long?>? AdjustPlant(PlantRequest p, RowChecks c, int row, AdjustPlantRow r)
    {
        PlantData? plant = c.PlantRef(row, "Label", r.Label, r.Id);
        bool ok = plant is not null & c.Required(row, "AdjustReason", r.AdjustReason) & c.Timestamp(row, "AdjustmentDate", r.AdjustmentDate);
        if (r.AdjustCount is null)
        {
            ok = c.Required(row, "AdjustCount", null);
        }
        else if (r.AdjustCount == 0)
        {
            c.Errors.Add(row, MetrcRuleCodes.QuantityPositive, "AdjustCount must not be 0.");
            ok = false;
        }

        return ok ? Touch(p, plant!, _ => { }) : null;
    }

    private static Func<long?>? MergePlant(PlantRequest p, RowChecks c, int row, MergePlantRow r)
    {
        PlantData? target = c.PlantRef(row, "TargetPlantGroupLabel", r.TargetPlantGroupLabel);
        PlantData? source = c.PlantRef(row, "SourcePlantGroupLabel", r.SourcePlantGroupLabel);
        bool ok = target is not null & source is not null & c.Date(row, "MergeDate", r.MergeDate);
        if (r.SourcePlantGroupLabel is not null && string.Equals(r.SourcePlantGroupLabel, r.TargetPlantGroupLabel, StringComparison.Ordinal))
        {
            c.Errors.Add(row, MetrcRuleCodes.InvalidValue, $"Plant group {r.SourcePlantGroupLabel} cannot be merged into itself.");
            return null;
        }

        if (target is not null && source is not null && target.Phase != source.Phase)
        {
            c.Errors.Add(row, MetrcRuleCodes.PlantPhaseMismatch, $"Plant group {source.Label} is {source.Phase} and cannot be merged into {target.Label}, which is {target.Phase}.");
            return null;
        }

        // The source group joins the target: it is no longer a plant of its own.
        return ok ? Touch(p, target!, _ => c.Facility.Plants.Remove(source!.Label)) : null;
    }

    private static Func<long?>? MovePlant(PlantRequest p, RowChecks c, int row, PlantLocationRow r)
    {
        PlantData? plant = c.PlantRef(row, "Label", r.Label, r.Id);
        bool ok = plant is not null & c.Location(row, "Location", r.Location) & c.OptionalSublocation(row, "Sublocation", r.Sublocation) & c.Date(row, "ActualDate", r.ActualDate);
        return ok ? Touch(p, plant!, x => x.Location = c.Facility.Locations[r.Location!].Name) : null;
    }

    private static Func<long?>? PlantStrain(PlantRequest p, RowChecks c, int row, PlantStrainRow r)
    {
        PlantData? plant = c.PlantRef(row, "Label", r.Label, r.Id);
        bool ok = plant is not null & c.NewStrain(row, r.StrainName, r.StrainId, out string? strain);
        return ok ? Touch(p, plant!, x => x.Strain = strain ?? x.Strain) : null;
    }

    private static Func<long?>? PlantTag(PlantRequest p, RowChecks c, int row, PlantTagRow r)
    {
        PlantData? plant = c.PlantRef(row, "Label", r.Label, r.Id);
        bool ok = plant is not null & c.NewTag(row, "NewTag", r.NewTag, TagKind.Plant) & c.Date(row, "ReplaceDate", r.ReplaceDate);
        return ok
            ? Touch(p, plant!, x =>
            {
                c.UseTag(r.NewTag!);
                c.Facility.Plants.Remove(x.Label);
                x.Label = r.NewTag!;
                c.Facility.Plants[x.Label] = x;
            })
            : null;
    }

    private static Func<long?>? SplitPlant(PlantRequest p, RowChecks c, int row, SplitPlantRow r)
    {
        PlantData? source = c.PlantRef(row, "SourcePlantLabel", r.SourcePlantLabel);
        bool ok = source is not null
            & c.PositiveCount(row, "PlantCount", r.PlantCount)
            & c.NewTag(row, "TagLabel", r.TagLabel, TagKind.Plant)
            & (string.IsNullOrWhiteSpace(r.StrainLabel) || c.Strain(row, "StrainLabel", r.StrainLabel))
            & c.Date(row, "SplitDate", r.SplitDate);
        if (!ok)
        {
            return null;
        }

        return () =>
        {
            c.UseTag(r.TagLabel!);
            var plant = new PlantData
            {
                Id = p.Store.NextId(),
                Label = r.TagLabel!,
                Phase = source!.Phase,
                BatchName = source.BatchName,
                Strain = string.IsNullOrWhiteSpace(r.StrainLabel) ? source.Strain : c.Facility.Strains[r.StrainLabel].Name,
                Location = source.Location,
                PlantedDate = source.PlantedDate,
                VegetativeDate = source.VegetativeDate,
                FloweringDate = source.FloweringDate,
                LastModified = p.Store.Now,
            };
            c.Facility.Plants[plant.Label] = plant;
            return plant.Id;
        };
    }

    private static bool Targets(RowChecks c, int row, Target target, string? batch, List<string?>? plants, string? location, string? sublocation) => target switch
    {
        Target.Batch => c.Batch(row, "PlantBatchName", batch) is not null,
        Target.Plants => c.PlantLabels(row, "PlantLabels", plants),
        _ => c.Location(row, "LocationName", location) & c.OptionalSublocation(row, "SublocationName", sublocation),
    };

    private static List<string> TargetNames(Target target, string? batch, List<string?>? plants, string? location) => target switch
    {
        Target.Batch => [batch!],
        Target.Plants => [.. plants!.Select(label => label!)],
        _ => [location!],
    };

    private static Func<long?> Record(PlantRequest p, List<PlantRecordData> into, List<string> targets, string what, string? reason, decimal amount, string unit, DateOnly date) => () =>
    {
        var record = new PlantRecordData { Id = p.Store.NextId(), Targets = targets, What = what, Reason = reason, Amount = amount, Unit = unit, Date = date, LastModified = p.Store.Now };
        into.Add(record);
        return record.Id;
    };

    private static Func<long?> Touch(PlantRequest p, BatchData batch, Action<BatchData> change) => () =>
    {
        change(batch);
        batch.LastModified = p.Store.Now;
        return null;
    };

    private static Func<long?> Touch(PlantRequest p, PlantData plant, Action<PlantData> change) => () =>
    {
        change(plant);
        plant.LastModified = p.Store.Now;
        return null;
    };

    private static long NewPackage(PlantRequest p, RowChecks c, string tag, string item, string location, int count, DateOnly date)
    {
        c.UseTag(tag);
        var package = new PackageData
        {
            Id = p.Store.NextId(),
            Label = tag,
            Item = c.Facility.Items[item].Name,
            Location = location,
            Quantity = count,
            Unit = "Each",
            Status = PackageStatus.Active,
            PackagedDate = date,
            LastModified = p.Store.Now,
        };
        c.Facility.Packages[tag] = package;
        return package.Id;
    }

    private static long NewBatch(PlantRequest p, RowChecks c, string name, string type, string strain, string location, int count, DateOnly planted)
    {
        var batch = new BatchData
        {
            Id = p.Store.NextId(),
            Name = name,
            Type = type,
            Strain = c.Facility.Strains[strain].Name,
            Location = c.Facility.Locations[location].Name,
            Untracked = count,
            PlantedDate = planted,
            LastModified = p.Store.Now,
        };
        c.Facility.Batches[name] = batch;
        p.Store.CountWrite($"batch:{c.Facility.LicenseNumber}:{name}");
        return batch.Id;
    }
}
