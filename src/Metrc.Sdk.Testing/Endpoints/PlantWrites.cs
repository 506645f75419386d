using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Rules;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>Plant batch and plant writes: plantings, growth phases, harvest, manicure, destroy.</summary>
internal static class PlantWrites
{
    public static Func<long?>? Planting(EmulatorStore store, RowChecks c, int row, PlantingRow r, HashSet<string> namesInRequest)
    {
        bool ok = c.Required(row, "Name", r.Name)
            & c.Strain(row, "Strain", r.Strain)
            & c.Location(row, "Location", r.Location)
            & c.Date(row, "ActualDate", r.ActualDate);
        if (r.Type is not ("Seed" or "Clone"))
        {
            c.Errors.Add(row, MetrcRuleCodes.InvalidValue, $"Type '{r.Type}' must be Seed or Clone.");
            ok = false;
        }

        if (r.Count is not > 0)
        {
            c.Errors.Add(row, MetrcRuleCodes.QuantityPositive, "Count must be greater than 0.");
            ok = false;
        }
        else if (r.Count > MetrcLimits.DefaultPlantBatchCap)
        {
            c.Errors.Add(row, MetrcRuleCodes.PlantBatchCountCap, $"Count {r.Count} exceeds the {MetrcLimits.DefaultPlantBatchCap} plants allowed per batch.");
            ok = false;
        }

        if (r.Name is not null && (c.Facility.Batches.ContainsKey(r.Name) || !namesInRequest.Add(r.Name)))
        {
            c.Errors.Add(row, MetrcRuleCodes.PlantBatchNameInUse, $"A plant batch named {r.Name} already exists.");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            var batch = new BatchData
            {
                Id = store.NextId(),
                Name = r.Name!,
                Type = r.Type!,
                Strain = c.Facility.Strains[r.Strain!].Name,
                Location = c.Facility.Locations[r.Location!].Name,
                Untracked = r.Count!.Value,
                PlantedDate = r.ActualDate!.Value,
                LastModified = store.Now,
            };
            c.Facility.Batches[batch.Name] = batch;
            store.CountWrite($"batch:{c.Facility.LicenseNumber}:{batch.Name}");
            return batch.Id;
        };
    }

    public static Func<long?>? BatchGrowthPhase(EmulatorStore store, RowChecks c, int row, BatchGrowthPhaseRow r)
    {
        bool ok = c.Required(row, "Name", r.Name) & c.Location(row, "NewLocation", r.NewLocation) & c.Date(row, "GrowthDate", r.GrowthDate);
        if (!TryPhase(c, row, r.GrowthPhase, out PlantGrowthPhase phase))
        {
            return null;
        }

        if (!PlantLifecycle.CanChangePhase(PlantGrowthPhase.Immature, phase))
        {
            c.Errors.Add(row, MetrcRuleCodes.PlantPhaseTransition, $"Plants from a batch can only become Vegetative, not {phase}.");
            return null;
        }

        BatchData? batch = null;
        if (r.Name is not null && !c.Facility.Batches.TryGetValue(r.Name, out batch))
        {
            c.Errors.Add(row, MetrcRuleCodes.PlantNotFound, $"Plant batch {r.Name} does not exist.");
            return null;
        }

        if (r.Count is not > 0)
        {
            c.Errors.Add(row, MetrcRuleCodes.QuantityPositive, "Count must be greater than 0.");
            return null;
        }

        if (batch is not null && r.Count > batch.Untracked)
        {
            c.Errors.Add(row, MetrcRuleCodes.QuantityExceedsAvailable, $"Plant batch {batch.Name} has {batch.Untracked} untracked plants, fewer than {r.Count}.");
            return null;
        }

        var tags = new List<string>(r.Count.Value);
        for (int i = 0; i < r.Count && ok; i++)
        {
            string? tag = i == 0 ? r.StartingTag : r.StartingTag is null ? null : EmulatorStore.OffsetTag(r.StartingTag, i);
            ok &= c.NewTag(row, "StartingTag", tag ?? r.StartingTag, TagKind.Plant);
            tags.Add(tag!);
        }

        if (!ok || batch is null)
        {
            return null;
        }

        return () =>
        {
            foreach (string tag in tags)
            {
                c.UseTag(tag);
                c.Facility.Plants[tag] = new PlantData
                {
                    Id = store.NextId(),
                    Label = tag,
                    Phase = phase,
                    BatchName = batch.Name,
                    Strain = batch.Strain,
                    Location = c.Facility.Locations[r.NewLocation!].Name,
                    PlantedDate = batch.PlantedDate,
                    VegetativeDate = r.GrowthDate,
                    LastModified = store.Now,
                };
            }

            batch.Untracked -= tags.Count;
            batch.Tracked += tags.Count;
            batch.LastModified = store.Now;
            return null;
        };
    }

    public static Func<long?>? ChangePlantPhase(EmulatorStore store, RowChecks c, int row, PlantGrowthPhaseRow r)
    {
        PlantData? plant = c.Plant(row, r.Label);
        bool ok = plant is not null & c.Location(row, "NewLocation", r.NewLocation) & c.Date(row, "GrowthDate", r.GrowthDate);
        if (!TryPhase(c, row, r.GrowthPhase, out PlantGrowthPhase phase) || plant is null || !ok)
        {
            return null;
        }

        if (!PlantLifecycle.CanChangePhase(plant.Phase, phase))
        {
            c.Errors.Add(row, MetrcRuleCodes.PlantPhaseTransition, $"Plant {plant.Label} is {plant.Phase} and cannot become {phase}.");
            return null;
        }

        return () =>
        {
            plant.Phase = phase;
            plant.Location = c.Facility.Locations[r.NewLocation!].Name;
            plant.FloweringDate = phase == PlantGrowthPhase.Flowering ? r.GrowthDate : plant.FloweringDate;
            plant.LastModified = store.Now;
            return null;
        };
    }

    public static Func<long?>? Harvest(EmulatorStore store, RowChecks c, int row, HarvestRow r, bool manicure)
    {
        PlantData? plant = c.Plant(row, r.Plant);
        bool ok = plant is not null
            & c.Positive(row, "Weight", r.Weight)
            & c.Unit(row, "UnitOfWeight", r.UnitOfWeight, QuantityKind.Weight)
            & c.Location(row, "DryingLocation", r.DryingLocation)
            & c.Required(row, "HarvestName", r.HarvestName)
            & c.Date(row, "ActualDate", r.ActualDate);
        if (plant is not null && !PlantLifecycle.CanHarvest(plant.Phase))
        {
            c.Errors.Add(row, MetrcRuleCodes.HarvestNotFlowering, $"Plant {plant.Label} is {plant.Phase}; only flowering plants can be {(manicure ? "manicured" : "harvested")}.");
            return null;
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            if (!c.Facility.Harvests.TryGetValue(r.HarvestName!, out HarvestData? harvest))
            {
                harvest = new HarvestData
                {
                    Id = store.NextId(),
                    Name = r.HarvestName!,
                    DryingLocation = c.Facility.Locations[r.DryingLocation!].Name,
                    Unit = r.UnitOfWeight!,
                    StartDate = r.ActualDate!.Value,
                };
                c.Facility.Harvests[harvest.Name] = harvest;
            }

            harvest.WetWeight += r.Weight!.Value;
            harvest.CurrentWeight += r.Weight.Value;
            harvest.LastModified = store.Now;
            if (!manicure)
            {
                harvest.PlantCount++;
                plant!.Phase = PlantGrowthPhase.Harvested;
                plant.HarvestedDate = r.ActualDate;
            }

            plant!.LastModified = store.Now;
            return harvest.Id;
        };
    }

    public static Func<long?>? Destroy(EmulatorStore store, StateData state, RowChecks c, int row, DestroyRow r)
    {
        PlantData? plant = c.Plant(row, r.Label);
        bool ok = plant is not null
            & c.Date(row, "ActualDate", r.ActualDate)
            & c.DestroyWaste(row, r.WasteMethodName, r.WasteReasonName, r.WasteWeight, "WasteUnitOfMeasureName", r.WasteUnitOfMeasureName, PlantRequest.RulesOf(state).RequiredDestroyFields);
        if (!ok)
        {
            return null;
        }

        return () =>
        {
            plant!.Phase = PlantGrowthPhase.Destroyed;
            plant.DestroyedDate = r.ActualDate;
            plant.LastModified = store.Now;
            return null;
        };
    }

    private static bool TryPhase(RowChecks c, int row, string? name, out PlantGrowthPhase phase)
    {
        if (PlantLifecycle.TryParsePhase(name, out phase) && phase is PlantGrowthPhase.Vegetative or PlantGrowthPhase.Flowering)
        {
            return true;
        }

        c.Errors.Add(row, MetrcRuleCodes.InvalidValue, $"GrowthPhase '{name}' must be Vegetative or Flowering.");
        return false;
    }
}
