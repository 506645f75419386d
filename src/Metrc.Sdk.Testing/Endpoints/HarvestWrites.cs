using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Metrc.Sdk.Testing.Rules;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>Harvest writes: waste, finish, unfinish, moves, renames, restored plants, testing packages; and the master data writes.</summary>
internal static class HarvestWrites
{
    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        app.Handle("Harvests.CreateTestingPackages", ctx => WriteHandler.HandleAsync<HarvestPackageRow>(ctx, store, log, partial, (c, i, r) => PackageWrites.CreateFromHarvest(store, c, i, r)));
        app.Handle("Harvests.RecordWaste", ctx => WriteHandler.HandleAsync<HarvestWasteRow>(ctx, store, log, partial, (c, i, r) => RecordWaste(store, c, i, r)));
        app.Handle("Harvests.Finish", ctx => WriteHandler.HandleAsync<HarvestFinishRow>(ctx, store, log, partial, (c, i, r) => Finish(store, c, i, r)));
        app.Handle("Harvests.Unfinish", ctx => WriteHandler.HandleAsync<HarvestUnfinishRow>(ctx, store, log, partial, (c, i, r) => Unfinish(store, c, i, r)));
        app.Handle("Harvests.ChangeLocation", ctx => WriteHandler.HandleAsync<HarvestLocationRow>(ctx, store, log, partial, (c, i, r) => ChangeLocation(store, c, i, r)));
        app.Handle("Harvests.Rename", ctx => WriteHandler.HandleAsync<HarvestRenameRow>(ctx, store, log, partial, (c, i, r) => Rename(store, c, i, r)));
        app.Handle("Harvests.RestoreHarvestedPlants", ctx => WriteHandler.HandleAsync<RestorePlantsRow>(ctx, store, log, partial, (c, i, r) => RestorePlants(store, c, i, r)));
        app.Handle("Harvests.DeleteWaste", ctx => DeleteAsync(ctx, store, log, (f, id) =>
        {
            if (!f.HarvestWastes.TryGetValue(id, out HarvestWasteData? waste))
            {
                return (MetrcRuleCodes.WasteNotFound, $"Harvest waste {id} was not found.");
            }

            if (!f.Harvests.TryGetValue(waste.HarvestName, out HarvestData? harvest))
            {
                return (MetrcRuleCodes.HarvestNotFound, $"Harvest {waste.HarvestName} was not found.");
            }

            if (HarvestLifecycle.CheckOpen(harvest.Finished) is { } code)
            {
                return (code, $"Harvest {harvest.Name} is finished; unfinish it first.");
            }

            f.HarvestWastes.Remove(id);
            harvest.CurrentWeight += waste.Weight;
            harvest.WasteWeight -= waste.Weight;
            harvest.LastModified = store.Now;
            return null;
        }));
        app.Handle("Harvests.ListWasteTypes", ctx => Paging.TryReadPage(ctx, out int page, out int size, out Task? error)
            ? Paging.WritePageAsync(ctx, HarvestSeed.WasteTypes.Skip((page - 1) * size).Take(size).Select(n => new NameBody(n)).ToList(), HarvestSeed.WasteTypes.Length, page, size)
            : error!);
        MasterDataWrites.Register(app, store, log, partial);
    }

    /// <summary>
    /// A delete of the record named by the route's id: <paramref name="apply"/> runs under the store lock and returns a
    /// rule code and message when the record cannot be deleted (answered as Metrc's row error), or null once it is.
    /// </summary>
    public static async Task DeleteAsync(HttpContext context, EmulatorStore store, EmulatorWriteLog log, Func<FacilityData, long, (string Code, string Message)?> apply)
    {
        FacilityData facility = EmulatorRequest.Get(context).RequiredFacility;
        string key = EmulatorRoutes.Key(context);
        (string Code, string Message)? error;
        lock (store.Lock)
        {
            error = long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long id)
                ? apply(facility, id)
                : (MetrcRuleCodes.InvalidValue, $"'{key}' is not an id.");
        }

        if (error is { } e)
        {
            var errors = new RowErrors();
            errors.Add(0, e.Code, e.Message);
            await errors.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        log.Record(context, []);
        await EmulatorJson.WriteAsync(context, 200, new WriteHandler.WriteResultBody([], [])).ConfigureAwait(false);
    }

    private static Func<long?>? RecordWaste(EmulatorStore store, RowChecks c, int row, HarvestWasteRow r)
    {
        bool ok = c.Required(row, "WasteType", r.WasteType);
        if (ok && !HarvestSeed.WasteTypes.Contains(r.WasteType!, StringComparer.OrdinalIgnoreCase))
        {
            c.Errors.Add(row, MetrcRuleCodes.WasteTypeUnknown, $"WasteType '{r.WasteType}' does not exist.");
            ok = false;
        }

        bool weightOk = c.Unit(row, "UnitOfWeight", r.UnitOfWeight, QuantityKind.Weight) & c.Positive(row, "WasteWeight", r.WasteWeight);
        ok &= weightOk & c.Date(row, "ActualDate", r.ActualDate);
        HarvestData? harvest = c.Harvest(row, "Id", r.Id);
        if (harvest is null || !c.OpenHarvest(row, harvest) || !weightOk || c.HarvestWeight(row, harvest, r.WasteWeight!.Value, r.UnitOfWeight) is not { } taken || !ok)
        {
            return null;
        }

        return () =>
        {
            var waste = new HarvestWasteData { Id = store.NextId(), HarvestName = harvest.Name, WasteType = r.WasteType!, Weight = taken, ActualDate = r.ActualDate!.Value };
            c.Facility.HarvestWastes[waste.Id] = waste;
            harvest.CurrentWeight -= taken;
            harvest.WasteWeight += taken;
            harvest.LastModified = store.Now;
            return waste.Id;
        };
    }

    private static Func<long?>? Finish(EmulatorStore store, RowChecks c, int row, HarvestFinishRow r)
    {
        bool dateOk = c.Date(row, "ActualDate", r.ActualDate);
        HarvestData? harvest = c.Harvest(row, "Id", r.Id);
        if (harvest is null || !c.OpenHarvest(row, harvest) || !dateOk)
        {
            return null;
        }

        return () =>
        {
            harvest.Finished = true;
            harvest.FinishedDate = r.ActualDate;
            harvest.LastModified = store.Now;
            return null;
        };
    }

    private static Func<long?>? Unfinish(EmulatorStore store, RowChecks c, int row, HarvestUnfinishRow r)
    {
        HarvestData? harvest = c.Harvest(row, "Id", r.Id);
        if (harvest is null)
        {
            return null;
        }

        if (HarvestLifecycle.CheckCanUnfinish(harvest.Finished) is { } code)
        {
            c.Errors.Add(row, code, $"Harvest {harvest.Name} is not finished.");
            return null;
        }

        return () =>
        {
            harvest.Finished = false;
            harvest.FinishedDate = null;
            harvest.LastModified = store.Now;
            return null;
        };
    }

    private static Func<long?>? ChangeLocation(EmulatorStore store, RowChecks c, int row, HarvestLocationRow r)
    {
        bool ok = c.Location(row, "DryingLocation", r.DryingLocation)
            & c.OptionalSublocation(row, "DryingSublocation", r.DryingSublocation)
            & c.Timestamp(row, "ActualDate", r.ActualDate);
        HarvestData? harvest = c.Harvest(row, "Id", r.Id, "HarvestName", r.HarvestName);
        if (harvest is null || !c.OpenHarvest(row, harvest) || !ok)
        {
            return null;
        }

        return () =>
        {
            harvest.DryingLocation = c.Facility.Locations[r.DryingLocation!].Name;
            harvest.DryingSublocation = string.IsNullOrEmpty(r.DryingSublocation) ? null : c.Facility.Sublocations[r.DryingSublocation].Name;
            harvest.LastModified = store.Now;
            return null;
        };
    }

    private static Func<long?>? Rename(EmulatorStore store, RowChecks c, int row, HarvestRenameRow r)
    {
        HarvestData? harvest = c.Harvest(row, "Id", r.Id, "OldName", r.OldName);
        bool ok = c.NewName(row, "NewName", r.NewName, c.Facility.Harvests.ContainsKey, MetrcRuleCodes.HarvestNameInUse, "A harvest");
        if (harvest is null || !ok)
        {
            return null;
        }

        return () =>
        {
            c.Facility.Harvests.Remove(harvest.Name);
            foreach (HarvestWasteData waste in c.Facility.HarvestWastes.Values.Where(w => w.HarvestName == harvest.Name))
            {
                waste.HarvestName = r.NewName!;
            }

            harvest.Name = r.NewName!;
            harvest.LastModified = store.Now;
            c.Facility.Harvests[harvest.Name] = harvest;
            return null;
        };
    }

    private static Func<long?>? RestorePlants(EmulatorStore store, RowChecks c, int row, RestorePlantsRow r)
    {
        HarvestData? harvest = c.Harvest(row, "HarvestId", r.HarvestId);
        if (r.PlantTags is not { Count: > 0 })
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "PlantTags are required (at least one).");
            return null;
        }

        var plants = new List<PlantData>(r.PlantTags.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? tag in r.PlantTags)
        {
            if (!c.Required(row, "PlantTags", tag))
            {
                return null;
            }

            if (!MetrcTagRules.IsValidFormat(tag) || !seen.Add(tag!))
            {
                c.Errors.Add(row, MetrcTagRules.IsValidFormat(tag) ? MetrcRuleCodes.TagDuplicate : MetrcRuleCodes.TagFormat, $"Plant tag '{tag}' is not valid or appears twice.");
                return null;
            }

            if (!c.Facility.Plants.TryGetValue(tag!, out PlantData? plant) || plant.Phase != PlantGrowthPhase.Harvested)
            {
                c.Errors.Add(row, MetrcRuleCodes.PlantNotFound, $"Plant {tag} is not a harvested plant.");
                return null;
            }

            plants.Add(plant);
        }

        if (harvest is null)
        {
            return null;
        }

        return () =>
        {
            foreach (PlantData plant in plants)
            {
                plant.Phase = PlantGrowthPhase.Flowering;
                plant.HarvestedDate = null;
                plant.LastModified = store.Now;
            }

            harvest.PlantCount = Math.Max(0, harvest.PlantCount - plants.Count);
            harvest.LastModified = store.Now;
            return null;
        };
    }
}
