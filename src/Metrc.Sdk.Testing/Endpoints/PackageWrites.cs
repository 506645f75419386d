using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Rules;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>Package writes: create from packages or harvests, finish, unfinish, adjust.</summary>
internal static class PackageWrites
{
    public static Func<long?>? Create(EmulatorStore store, RowChecks c, int row, CreatePackageRow r)
    {
        bool ok = c.NewTag(row, "Tag", r.Tag, TagKind.Package);
        ItemData? item = c.Item(row, "Item", r.Item);
        ok &= item is not null && c.Unit(row, "UnitOfMeasure", r.UnitOfMeasure, item.Kind);
        ok &= c.Positive(row, "Quantity", r.Quantity) & c.Date(row, "ActualDate", r.ActualDate);
        if (r.Location is not null)
        {
            ok &= c.Location(row, "Location", r.Location);
        }

        ok &= c.OptionalSublocation(row, "Sublocation", r.Sublocation);

        if (r.Ingredients is not { Count: > 0 })
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "Ingredients are required.");
            return null;
        }

        var sources = new List<(PackageData Package, decimal Quantity)>();
        foreach (IngredientRow ingredient in r.Ingredients)
        {
            PackageData? source = c.UsablePackage(row, "Ingredients.Package", ingredient.Package);
            if (source is null || !c.Positive(row, "Ingredients.Quantity", ingredient.Quantity))
            {
                return null;
            }

            if (!string.Equals(ingredient.UnitOfMeasure, source.Unit, StringComparison.OrdinalIgnoreCase))
            {
                c.Errors.Add(row, MetrcRuleCodes.UnitIncompatible, $"Ingredient unit '{ingredient.UnitOfMeasure}' does not match package {source.Label} ({source.Unit}).");
                return null;
            }

            if (ingredient.Quantity > source.Quantity)
            {
                c.Errors.Add(row, MetrcRuleCodes.QuantityExceedsAvailable, $"Package {source.Label} holds {source.Quantity} {source.Unit}, less than {ingredient.Quantity}.");
                return null;
            }

            sources.Add((source, ingredient.Quantity!.Value));
        }

        if (r.Quantity > 0)
        {
            ok &= c.Conserved(row, r.Quantity.Value, r.UnitOfMeasure, r.Ingredients.Select(i => (i.Quantity!.Value, i.UnitOfMeasure)));
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            foreach ((PackageData source, decimal quantity) in sources)
            {
                source.Quantity -= quantity;
                source.LastModified = store.Now;
            }

            c.UseTag(r.Tag!);
            long id = AddPackage(store, c.Facility, r.Tag!, item!.Name, r.Location ?? sources[0].Package.Location, r.Quantity!.Value, r.UnitOfMeasure!, r.ActualDate!.Value, null, sources[0].Package.LabTestingState);
            c.Facility.Packages[r.Tag!].Sublocation = string.IsNullOrEmpty(r.Sublocation) ? null : c.Facility.Sublocations[r.Sublocation].Name;
            return id;
        };
    }

    public static Func<long?>? CreateFromHarvest(EmulatorStore store, RowChecks c, int row, HarvestPackageRow r)
    {
        bool ok = c.NewTag(row, "Tag", r.Tag, TagKind.Package);
        ItemData? item = c.Item(row, "Item", r.Item);
        if (item is not null && item.Kind != QuantityKind.Weight)
        {
            c.Errors.Add(row, MetrcRuleCodes.UnitIncompatible, $"Item {item.Name} is not weight-based; harvest packages need a weight-based item.");
            ok = false;
        }

        ok &= c.Unit(row, "UnitOfWeight", r.UnitOfWeight, QuantityKind.Weight) & c.Location(row, "Location", r.Location) & c.Date(row, "ActualDate", r.ActualDate);
        if (r.Ingredients is not { Count: > 0 })
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "Ingredients are required.");
            return null;
        }

        var sources = new List<(HarvestData Harvest, decimal Weight)>();
        foreach (HarvestIngredientRow ingredient in r.Ingredients)
        {
            if (!c.Required(row, "Ingredients.HarvestName", ingredient.HarvestName) || !c.Positive(row, "Ingredients.Weight", ingredient.Weight)
                || !c.Unit(row, "Ingredients.UnitOfWeight", ingredient.UnitOfWeight, QuantityKind.Weight)
                || c.Harvest(row, "Ingredients.HarvestName", null, "Ingredients.HarvestName", ingredient.HarvestName) is not { } harvest
                || !c.OpenHarvest(row, harvest)
                || c.HarvestWeight(row, harvest, ingredient.Weight!.Value, ingredient.UnitOfWeight) is not { } taken)
            {
                return null;
            }

            sources.Add((harvest, taken));
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            foreach ((HarvestData harvest, decimal weight) in sources)
            {
                harvest.CurrentWeight -= weight;
                harvest.PackagedWeight += weight;
                harvest.LastModified = store.Now;
            }

            c.UseTag(r.Tag!);
            return AddPackage(store, c.Facility, r.Tag!, item!.Name, r.Location!, r.Ingredients.Sum(i => i.Weight!.Value), r.UnitOfWeight!, r.ActualDate!.Value,
                string.Join(", ", sources.Select(s => s.Harvest.Name)), "NotSubmitted");
        };
    }

    public static Func<long?>? Finish(EmulatorStore store, RowChecks c, int row, FinishRow r)
    {
        PackageData? package = Existing(c, row, r.Label);
        if (package is null | !c.Date(row, "ActualDate", r.ActualDate))
        {
            return null;
        }

        if (!PackageLifecycle.CanFinish(package!.Status))
        {
            c.Errors.Add(row, PackageLifecycle.CheckUsable(package.Status) ?? MetrcRuleCodes.PackageNotActive, $"Package {package.Label} is {package.Status} and cannot be finished.");
            return null;
        }

        return () =>
        {
            package.Status = PackageStatus.Finished;
            package.FinishedDate = r.ActualDate;
            package.LastModified = store.Now;
            return null;
        };
    }

    public static Func<long?>? Unfinish(EmulatorStore store, RowChecks c, int row, UnfinishRow r)
    {
        PackageData? package = Existing(c, row, r.Label);
        if (package is null)
        {
            return null;
        }

        if (!PackageLifecycle.CanUnfinish(package.Status))
        {
            c.Errors.Add(row, MetrcRuleCodes.PackageNotActive, $"Package {package.Label} is {package.Status}, not finished.");
            return null;
        }

        return () =>
        {
            package.Status = PackageStatus.Active;
            package.FinishedDate = null;
            package.LastModified = store.Now;
            return null;
        };
    }

    public static Func<long?>? Adjust(EmulatorStore store, RowChecks c, int row, AdjustRow r)
    {
        PackageData? package = c.ActivePackage(row, "Label", r.Label);
        bool ok = package is not null & c.Required(row, "AdjustmentReason", r.AdjustmentReason) & c.Date(row, "AdjustmentDate", r.AdjustmentDate);
        if (r.Quantity is null or 0)
        {
            c.Errors.Add(row, MetrcRuleCodes.QuantityPositive, "Quantity must not be zero.");
            return null;
        }

        if (package is null || !ok)
        {
            return null;
        }

        if (!string.Equals(r.UnitOfMeasure, package.Unit, StringComparison.OrdinalIgnoreCase))
        {
            c.Errors.Add(row, MetrcRuleCodes.UnitIncompatible, $"Unit '{r.UnitOfMeasure}' does not match package {package.Label} ({package.Unit}).");
            return null;
        }

        if (package.Quantity + r.Quantity < 0)
        {
            c.Errors.Add(row, MetrcRuleCodes.QuantityExceedsAvailable, $"Package {package.Label} holds {package.Quantity} {package.Unit}; it cannot go below zero.");
            return null;
        }

        return () =>
        {
            package.Quantity += r.Quantity!.Value;
            package.LastModified = store.Now;
            return null;
        };
    }

    private static PackageData? Existing(RowChecks c, int row, string? label)
    {
        if (!c.Required(row, "Label", label))
        {
            return null;
        }

        if (c.Facility.Packages.TryGetValue(label!, out PackageData? package))
        {
            return package;
        }

        c.Errors.Add(row, MetrcRuleCodes.PackageNotActive, $"Package {label} was not found.");
        return null;
    }

    private static long AddPackage(EmulatorStore store, FacilityData facility, string label, string item, string location, decimal quantity, string unit, DateOnly date, string? harvest, string labState)
    {
        var package = new PackageData
        {
            Id = store.NextId(),
            Label = label,
            Item = item,
            Location = location,
            Quantity = quantity,
            Unit = unit,
            Status = PackageStatus.Active,
            LabTestingState = labState,
            SourceHarvest = harvest,
            PackagedDate = date,
            LastModified = store.Now,
        };
        facility.Packages[label] = package;
        return package.Id;
    }
}
