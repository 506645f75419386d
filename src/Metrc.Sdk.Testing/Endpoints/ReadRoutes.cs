using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>The emulator's reads answered from its store, by catalogue operation name.</summary>
internal static class ReadRoutes
{
    public static void Register(EmulatorRoutes app, EmulatorStore store)
    {
        app.Handle("Facilities.List", ctx => ListHandler.BareAsync(ctx, store, r => r.Accessible.Select(f => new FacilityBody(
            f.Name, null, f.Name, f.LicenseStart, true, true, "America/Denver",
            new LicenseBody(f.LicenseNumber, f.LicenseStart, f.LicenseStart.AddYears(5), "Adult-Use Cultivation"))).ToList()));

        app.Handle("UnitsOfMeasure.ListActive", ctx => ListHandler.BareAsync(ctx, store, _ => MetrcUnits.Names
            .Select(n => MetrcUnits.TryGetKind(n, out QuantityKind k) ? new UnitBody(Projections.QuantityType(k), n, Abbreviation(n), false) : null!)
            .OrderBy(u => u.Name, StringComparer.Ordinal).ToList()));

        app.Handle("Items.ListCategories", ctx => ListHandler.BareAsync(ctx, store, _ => EmulatorStore.Categories
            .Select(c => new CategoryBody(c.Name, "Other", Projections.QuantityType(c.Kind), HarvestSeed.RequiresStrain(c.Name))).ToList()));

        app.Handle("Items.ListActive", ctx => ListHandler.PagedAsync(ctx, store, f => f.Items.Values, i => i.LastModified, i => i.Id, (i, _) => Projections.Item(i)));
        app.Handle("Strains.ListActive", ctx => ListHandler.PagedAsync(ctx, store, f => f.Strains.Values, s => s.LastModified, s => s.Id, (s, _) => new NamedBody(s.Id, s.Name)));
        app.Handle("Locations.ListActive", ctx => ListHandler.PagedAsync(ctx, store, f => f.Locations.Values, l => l.LastModified, l => l.Id,
            (l, _) => new LocationBody(l.Id, l.Name, "Default", true, true, true, true)));
        app.Handle("Tags.ListAvailablePlantTags", ctx => ListHandler.PagedAsync(ctx, store, f => f.Tags.Values.Where(t => t.Kind == TagKind.Plant && !t.Used),
            _ => store.Now, t => t.Id, (t, _) => new TagBody(t.Id, t.Label, "CannabisPlant", "Received")));
        app.Handle("Tags.ListAvailablePackageTags", ctx => ListHandler.PagedAsync(ctx, store, f => f.Tags.Values.Where(t => t.Kind == TagKind.Package && !t.Used),
            _ => store.Now, t => t.Id, (t, _) => new TagBody(t.Id, t.Label, "CannabisPackage", "Received")));

        MapPackages(app, store, "Packages.ListActive", PackageStatus.Active);
        MapPackages(app, store, "Packages.ListOnHold", PackageStatus.OnHold);
        MapPackages(app, store, "Packages.ListInactive", PackageStatus.Finished);
        MapPackages(app, store, "Packages.ListInTransit", PackageStatus.InTransit);
        app.Handle("Packages.GetById", ctx => GetOneAsync(ctx, store, (f, key) =>
            long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long id)
                ? f.Packages.Values.FirstOrDefault(p => p.Id == id) is { } byId ? Projections.Package(byId, f) : null
                : f.Packages.TryGetValue(key, out PackageData? byLabel) ? Projections.Package(byLabel, f) : null));

        app.Handle("Plants.ListVegetative", ctx => ListHandler.PagedAsync(ctx, store, f => f.Plants.Values.Where(p => p.Phase == PlantGrowthPhase.Vegetative),
            p => p.LastModified, p => p.Id, (p, _) => Projections.Plant(p)));
        app.Handle("Plants.ListFlowering", ctx => ListHandler.PagedAsync(ctx, store, f => f.Plants.Values.Where(p => p.Phase == PlantGrowthPhase.Flowering),
            p => p.LastModified, p => p.Id, (p, _) => Projections.Plant(p)));
        app.Handle("Plants.GetById", ctx => GetOneAsync(ctx, store, (f, key) =>
            long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long id)
                ? f.Plants.Values.FirstOrDefault(p => p.Id == id) is { } byId ? Projections.Plant(byId) : null
                : f.Plants.TryGetValue(key, out PlantData? byLabel) ? Projections.Plant(byLabel) : null));

        app.Handle("Plants.ListInactive", ctx => ListHandler.PagedAsync(ctx, store,
            f => f.Plants.Values.Where(p => p.Phase is PlantGrowthPhase.Harvested or PlantGrowthPhase.Destroyed),
            p => p.LastModified, p => p.Id, (p, _) => Projections.Plant(p)));

        app.Handle("PlantBatches.ListInactive", ctx => ListHandler.PagedAsync(ctx, store, f => f.Batches.Values.Where(b => b.Untracked == 0),
            b => b.LastModified, b => b.Id, (b, _) => Projections.Batch(b)));
        app.Handle("Harvests.ListInactive", ctx => ListHandler.PagedAsync(ctx, store, f => f.Harvests.Values.Where(h => h.Finished || h.CurrentWeight == 0),
            h => h.LastModified, h => h.Id, (h, _) => Projections.Harvest(h)));
        app.Handle("PlantBatches.ListActive", ctx => ListHandler.PagedAsync(ctx, store, f => f.Batches.Values.Where(b => b.Untracked > 0),
            b => b.LastModified, b => b.Id, (b, _) => Projections.Batch(b)));
        app.Handle("Harvests.ListActive", ctx => ListHandler.PagedAsync(ctx, store, f => f.Harvests.Values.Where(h => !h.Finished && h.CurrentWeight > 0),
            h => h.LastModified, h => h.Id, (h, _) => Projections.Harvest(h)));

        app.Handle("Sales.ListActiveReceipts", ctx => ListHandler.PagedAsync(ctx, store, f => f.Receipts, r => r.LastModified, r => r.Id, (r, _) => Projections.Receipt(r)));
        app.Handle("Sales.GetReceiptByExternalNumber", ctx => GetOneAsync(ctx, store,
            (f, number) => f.Receipts.FirstOrDefault(r => r.ExternalReceiptNumber == number) is { } r ? Projections.Receipt(r) : null));

        app.Handle("Transfers.ListOutgoing", ctx => ListHandler.PagedAsync(ctx, store, f => f.Transfers, t => t.LastModified, t => t.Id, Projections.Transfer));
        app.Handle("Transfers.ListDeliveryPackages", ctx =>
        {
            string id = EmulatorRoutes.Key(ctx);
            return ListHandler.PagedAsync(ctx, store,
                f => f.Transfers.SelectMany(t => t.Deliveries).Where(d => d.Id.ToString(CultureInfo.InvariantCulture) == id).SelectMany(d => d.Packages),
                _ => store.Now, p => p.PackageId, (p, _) => Projections.TransferPackage(p));
        });
    }

    private static void MapPackages(EmulatorRoutes app, EmulatorStore store, string operation, PackageStatus status) =>
        app.Handle(operation, ctx => ListHandler.PagedAsync(ctx, store, f => f.Packages.Values.Where(p => p.Status == status),
            p => p.LastModified, p => p.Id, Projections.Package));

    private static Task GetOneAsync<T>(HttpContext context, EmulatorStore store, Func<FacilityData, string, T?> find)
        where T : class
    {
        string key = EmulatorRoutes.Key(context);
        FacilityData facility = EmulatorRequest.Get(context).RequiredFacility;
        T? found;
        lock (store.Lock)
        {
            found = find(facility, key);
        }

        return found is null
            ? EmulatorJson.MessageAsync(context, 404, $"'{key}' was not found.")
            : EmulatorJson.WriteAsync(context, 200, found);
    }

    private static string Abbreviation(string unit) => unit switch
    {
        "Each" => "ea",
        "Grams" => "g",
        "Kilograms" => "kg",
        "Milligrams" => "mg",
        "Ounces" => "oz",
        "Pounds" => "lb",
        "Milliliters" => "ml",
        "Liters" => "l",
        "Fluid Ounces" => "fl oz",
        "Gallons" => "gal",
        "Pints" => "pt",
        "Quarts" => "qt",
        _ => unit,
    };
}
