using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Rules;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>
/// Writes of the facility's master data (items, brands, strains, locations, sublocations, additives templates): names
/// unique in the facility and the request, updates and deletes of records that exist. The store changes, so a created
/// location is usable by later writes and a deleted one is not.
/// </summary>
internal static class MasterDataWrites
{
    private static readonly string[] s_testingStatuses = ["None", "InHouse", "ThirdParty"];

    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        app.Handle("Items.Create", ctx => WriteHandler.HandleAsync<ItemRow>(ctx, store, log, partial, (c, i, r) => CreateItem(store, c, i, r)));
        app.Handle("Items.Update", ctx => WriteHandler.HandleAsync<ItemRow>(ctx, store, log, partial, (c, i, r) => UpdateItem(store, c, i, r)));
        app.Handle("Items.Delete", ctx => HarvestWrites.DeleteAsync(ctx, store, log, (f, id) =>
        {
            if (f.Items.Values.FirstOrDefault(i => i.Id == id) is not { } item)
            {
                return (MetrcRuleCodes.ItemNotFound, $"Item {id} was not found.");
            }

            f.Items.Remove(item.Name);
            return null;
        }));
        app.Handle("Items.UploadFiles", ctx => WriteHandler.HandleAsync<UploadRow>(ctx, store, log, partial, (c, i, r) => Upload(store, c, i, r)));
        app.Handle("Items.UploadPhotos", ctx => WriteHandler.HandleAsync<UploadRow>(ctx, store, log, partial, (c, i, r) => Upload(store, c, i, r)));

        Named(app, store, log, partial, "Items", "CreateBrands", "UpdateBrands", "DeleteBrand", f => f.ItemBrands, MetrcRuleCodes.ItemBrandNotFound, MetrcRuleCodes.ItemBrandNameInUse, "An item brand",
            (RowChecks _, int _, NamedRow _) => true);
        Named(app, store, log, partial, "Strains", "Create", "Update", "Delete", f => f.Strains, MetrcRuleCodes.StrainNotFound, MetrcRuleCodes.StrainNameInUse, "A strain",
            (RowChecks c, int i, StrainRow r) => StrainDetails(c, i, r));
        Named(app, store, log, partial, "Locations", "Create", "Update", "Delete", f => f.Locations, MetrcRuleCodes.LocationNotFound, MetrcRuleCodes.LocationNameInUse, "A location",
            (RowChecks c, int i, LocationRow r) => c.Required(i, "LocationTypeName", r.LocationTypeName) && Known(c, i, "LocationTypeName", r.LocationTypeName, HarvestSeed.LocationTypes, MetrcRuleCodes.LocationTypeNotFound));
        Named(app, store, log, partial, "Sublocations", "Create", "Update", "Delete", f => f.Sublocations, MetrcRuleCodes.SublocationNotFound, MetrcRuleCodes.SublocationNameInUse, "A sublocation",
            (RowChecks _, int _, NamedRow _) => true);
        Named(app, store, log, partial, "AdditivesTemplates", "Create", "Update", null, f => f.AdditivesTemplates, MetrcRuleCodes.AdditivesTemplateNotFound, MetrcRuleCodes.AdditivesTemplateNameInUse, "An additives template",
            (RowChecks c, int i, TemplateRow r) => TemplateDetails(c, i, r));

        app.Handle("Sublocations.ListActive", ctx => ListHandler.PagedAsync(ctx, store, f => f.Sublocations.Values, s => s.LastModified, s => s.Id, (s, _) => new NamedBody(s.Id, s.Name)));
        app.Handle("AdditivesTemplates.ListActive", ctx => ListHandler.PagedAsync(ctx, store, f => f.AdditivesTemplates.Values, s => s.LastModified, s => s.Id, (s, _) => new NamedBody(s.Id, s.Name)));
        app.Handle("Items.ListBrands", ctx => ListHandler.PagedAsync(ctx, store, f => f.ItemBrands.Values, s => s.LastModified, s => s.Id, (s, _) => new NamedBody(s.Id, s.Name)));
    }

    /// <summary>Create, update and (when named) delete of a record kept by name only, with the type's own field checks.</summary>
    private static void Named<TRow>(
        EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial, string group, string create, string update, string? delete,
        Func<FacilityData, Dictionary<string, NamedData>> select, string notFound, string inUse, string what, Func<RowChecks, int, TRow, bool> details)
        where TRow : class, INamedRow
    {
        app.Handle($"{group}.{create}", ctx => WriteHandler.HandleAsync<TRow>(ctx, store, log, partial, (c, i, r) =>
        {
            Dictionary<string, NamedData> known = select(c.Facility);
            string? name = r.Name;
            if (!(c.NewName(i, "Name", name, known, inUse, what) & details(c, i, r)))
            {
                return null;
            }

            return () =>
            {
                var record = new NamedData { Id = store.NextId(), Name = name!, LastModified = store.Now };
                known[record.Name] = record;
                return record.Id;
            };
        }));
        app.Handle($"{group}.{update}", ctx => WriteHandler.HandleAsync<TRow>(ctx, store, log, partial, (c, i, r) =>
        {
            Dictionary<string, NamedData> known = select(c.Facility);
            NamedData? record = c.ById(i, "Id", r.Id, known, notFound, what);
            if (!(c.NewName(i, "Name", r.Name, known, inUse, what, record) & details(c, i, r)) || record is null)
            {
                return null;
            }

            return () =>
            {
                known.Remove(record.Name);
                record.Name = r.Name!;
                record.LastModified = store.Now;
                known[record.Name] = record;
                return null;
            };
        }));
        if (delete is not null)
        {
            app.Handle($"{group}.{delete}", ctx => HarvestWrites.DeleteAsync(ctx, store, log, (f, id) =>
            {
                Dictionary<string, NamedData> known = select(f);
                if (known.Values.FirstOrDefault(n => n.Id == id) is not { } record)
                {
                    return (notFound, $"{what} {id} was not found.");
                }

                known.Remove(record.Name);
                return null;
            }));
        }
    }

    private static Func<long?>? CreateItem(EmulatorStore store, RowChecks c, int row, ItemRow r)
    {
        bool ok = c.NewName(row, "Name", r.Name, c.Facility.Items.ContainsKey, MetrcRuleCodes.ItemNameInUse, "An item");
        if (!(ItemDetails(c, row, r, out QuantityKind kind) & ok))
        {
            return null;
        }

        return () =>
        {
            var item = new ItemData
            {
                Id = store.NextId(),
                Name = r.Name!,
                Category = r.ItemCategory!,
                Kind = kind,
                DefaultUnit = r.UnitOfMeasure!,
                Brand = string.IsNullOrEmpty(r.ItemBrand) ? null : r.ItemBrand,
                LastModified = store.Now,
            };
            c.Facility.Items[item.Name] = item;
            return item.Id;
        };
    }

    private static Func<long?>? UpdateItem(EmulatorStore store, RowChecks c, int row, ItemRow r)
    {
        ItemData? item = null;
        if (c.RequiredValue(row, "Id", r.Id) && (item = c.Facility.Items.Values.FirstOrDefault(i => i.Id == r.Id)) is null)
        {
            c.Errors.Add(row, MetrcRuleCodes.ItemNotFound, $"Item {r.Id} was not found.");
        }

        bool ok = c.NewName(row, "Name", r.Name, n => c.Facility.Items.TryGetValue(n, out ItemData? other) && other != item, MetrcRuleCodes.ItemNameInUse, "An item");
        if (!(ItemDetails(c, row, r, out QuantityKind kind) & ok) || item is null)
        {
            return null;
        }

        return () =>
        {
            c.Facility.Items.Remove(item.Name);
            item.Name = r.Name!;
            item.Category = r.ItemCategory!;
            item.Kind = kind;
            item.DefaultUnit = r.UnitOfMeasure!;
            item.Brand = string.IsNullOrEmpty(r.ItemBrand) ? null : r.ItemBrand;
            item.LastModified = store.Now;
            c.Facility.Items[item.Name] = item;
            return null;
        };
    }

    /// <summary>A known category, a unit of its kind, a strain where the category needs one (or one given), a known brand, percentages 0-100.</summary>
    private static bool ItemDetails(RowChecks c, int row, ItemRow r, out QuantityKind kind)
    {
        kind = default;
        bool ok = c.Required(row, "ItemCategory", r.ItemCategory);
        QuantityKind? categoryKind = ok ? HarvestSeed.CategoryKind(r.ItemCategory) : null;
        if (ok && categoryKind is null)
        {
            c.Errors.Add(row, MetrcRuleCodes.ItemCategoryUnknown, $"Item category '{r.ItemCategory}' does not exist.");
            ok = false;
        }

        if (categoryKind is { } k)
        {
            kind = k;
            ok &= c.Unit(row, "UnitOfMeasure", r.UnitOfMeasure, k);
        }
        else if (c.Required(row, "UnitOfMeasure", r.UnitOfMeasure) && !MetrcUnits.TryGetKind(r.UnitOfMeasure, out _))
        {
            c.Errors.Add(row, MetrcRuleCodes.UnitUnknown, $"Unit of measure '{r.UnitOfMeasure}' does not exist.");
            ok = false;
        }

        if ((r.ItemCategory is not null && HarvestSeed.RequiresStrain(r.ItemCategory)) || !string.IsNullOrEmpty(r.Strain))
        {
            ok &= c.Strain(row, "Strain", r.Strain);
        }

        if (!string.IsNullOrEmpty(r.ItemBrand))
        {
            ok &= c.Named(row, "ItemBrand", r.ItemBrand, c.Facility.ItemBrands, MetrcRuleCodes.ItemBrandNotFound);
        }

        return ok & c.InRange(row, "UnitThcPercent", r.UnitThcPercent, 100) & c.InRange(row, "UnitCbdPercent", r.UnitCbdPercent, 100);
    }

    private static bool StrainDetails(RowChecks c, int row, StrainRow r)
    {
        bool ok = true;
        if (!string.IsNullOrEmpty(r.TestingStatus) && !s_testingStatuses.Contains(r.TestingStatus, StringComparer.Ordinal))
        {
            c.Errors.Add(row, MetrcRuleCodes.InvalidValue, $"TestingStatus '{r.TestingStatus}' must be None, InHouse or ThirdParty.");
            ok = false;
        }

        ok &= c.InRange(row, "ThcLevel", r.ThcLevel, 1) & c.InRange(row, "CbdLevel", r.CbdLevel, 1);
        bool percentages = c.InRange(row, "IndicaPercentage", r.IndicaPercentage, 100) & c.InRange(row, "SativaPercentage", r.SativaPercentage, 100);
        if (percentages && (r.IndicaPercentage ?? 0) + (r.SativaPercentage ?? 0) > 100)
        {
            c.Errors.Add(row, MetrcRuleCodes.InvalidValue, $"IndicaPercentage {r.IndicaPercentage} and SativaPercentage {r.SativaPercentage} add up to more than 100.");
            return false;
        }

        return ok && percentages;
    }

    private static bool TemplateDetails(RowChecks c, int row, TemplateRow r)
    {
        bool ok = c.Required(row, "AdditiveType", r.AdditiveType);
        foreach (TemplateIngredientRow? ingredient in r.ActiveIngredients ?? [])
        {
            ok &= c.Required(row, "ActiveIngredients.Name", ingredient?.Name) && c.InRange(row, "ActiveIngredients.Percentage", ingredient!.Percentage, 100);
        }

        return ok;
    }

    private static bool Known(RowChecks c, int row, string field, string? name, string[] known, string code)
    {
        if (name is not null && known.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        c.Errors.Add(row, code, $"{field} '{name}' does not exist.");
        return false;
    }

    private static Func<long?>? Upload(EmulatorStore store, RowChecks c, int row, UploadRow r)
    {
        bool ok = c.Required(row, "FileName", r.FileName) & c.Required(row, "EncodedImageBase64", r.EncodedImageBase64);
        if (ok && !System.Buffers.Text.Base64.IsValid(r.EncodedImageBase64))
        {
            c.Errors.Add(row, MetrcRuleCodes.InvalidValue, "EncodedImageBase64 is not valid base64.");
            ok = false;
        }

        return ok ? () => store.NextId() : null;
    }
}
