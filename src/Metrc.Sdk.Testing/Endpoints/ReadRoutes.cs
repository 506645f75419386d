using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>The emulator's GET routes.</summary>
internal static class ReadRoutes
{
    public static void Map(IEndpointRouteBuilder app, EmulatorStore store)
    {
        app.MapGet("/{state}/facilities/v2/", ctx => ListHandler.BareAsync(ctx, store, r => r.Accessible.Select(f => new FacilityBody(
            f.Name, null, f.Name, f.LicenseStart, true, true, "America/Denver",
            new LicenseBody(f.LicenseNumber, f.LicenseStart, f.LicenseStart.AddYears(5), "Adult-Use Cultivation"))).ToList()));

        app.MapGet("/{state}/unitsofmeasure/v2/active", ctx => ListHandler.BareAsync(ctx, store, _ => MetrcUnits.Names
            .Select(n => MetrcUnits.TryGetKind(n, out QuantityKind k) ? new UnitBody(Projections.QuantityType(k), n, Abbreviation(n), false) : null!)
            .OrderBy(u => u.Name, StringComparer.Ordinal).ToList()));

        app.MapGet("/{state}/items/v2/categories", ctx => ListHandler.BareAsync(ctx, store, _ => EmulatorStore.Categories
            .Select(c => new CategoryBody(c.Name, "Other", Projections.QuantityType(c.Kind), false)).ToList()));

        app.MapGet("/{state}/items/v2/active", ctx => ListHandler.PagedAsync(ctx, store, f => f.Items.Values, i => i.LastModified, i => i.Id, (i, _) => Projections.Item(i)));
        app.MapGet("/{state}/strains/v2/active", ctx => ListHandler.PagedAsync(ctx, store, f => f.Strains.Values, s => s.LastModified, s => s.Id, (s, _) => new NamedBody(s.Id, s.Name)));
        app.MapGet("/{state}/locations/v2/active", ctx => ListHandler.PagedAsync(ctx, store, f => f.Locations.Values, l => l.LastModified, l => l.Id,
            (l, _) => new LocationBody(l.Id, l.Name, "Default", true, true, true, true)));
        app.MapGet("/{state}/tags/v2/plant/available", ctx => ListHandler.PagedAsync(ctx, store, f => f.Tags.Values.Where(t => t.Kind == TagKind.Plant && !t.Used),
            _ => store.Now, t => t.Id, (t, _) => new TagBody(t.Id, t.Label, "CannabisPlant", "Received")));
        app.MapGet("/{state}/tags/v2/package/available", ctx => ListHandler.PagedAsync(ctx, store, f => f.Tags.Values.Where(t => t.Kind == TagKind.Package && !t.Used),
            _ => store.Now, t => t.Id, (t, _) => new TagBody(t.Id, t.Label, "CannabisPackage", "Received")));

        MapPackages(app, store, "active", PackageStatus.Active);
        MapPackages(app, store, "onhold", PackageStatus.OnHold);
        MapPackages(app, store, "inactive", PackageStatus.Finished);
        MapPackages(app, store, "intransit", PackageStatus.InTransit);
        app.MapGet("/{state}/packages/v2/{key}", ctx => GetOneAsync(ctx, store, ctx.Request.RouteValues["key"] as string ?? string.Empty, (f, key) =>
            long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long id)
                ? f.Packages.Values.FirstOrDefault(p => p.Id == id) is { } byId ? Projections.Package(byId, f) : null
                : f.Packages.TryGetValue(key, out PackageData? byLabel) ? Projections.Package(byLabel, f) : null));

        app.MapGet("/{state}/plants/v2/vegetative", ctx => ListHandler.PagedAsync(ctx, store, f => f.Plants.Values.Where(p => p.Phase == PlantGrowthPhase.Vegetative),
            p => p.LastModified, p => p.Id, (p, _) => Projections.Plant(p)));
        app.MapGet("/{state}/plants/v2/flowering", ctx => ListHandler.PagedAsync(ctx, store, f => f.Plants.Values.Where(p => p.Phase == PlantGrowthPhase.Flowering),
            p => p.LastModified, p => p.Id, (p, _) => Projections.Plant(p)));
        app.MapGet("/{state}/plants/v2/{label}", ctx => GetOneAsync(ctx, store, ctx.Request.RouteValues["label"] as string ?? string.Empty,
            (f, label) => f.Plants.TryGetValue(label, out PlantData? p) ? Projections.Plant(p) : null));

        app.MapGet("/{state}/plantbatches/v2/active", ctx => ListHandler.PagedAsync(ctx, store, f => f.Batches.Values.Where(b => b.Untracked > 0),
            b => b.LastModified, b => b.Id, (b, _) => Projections.Batch(b)));
        app.MapGet("/{state}/harvests/v2/active", ctx => ListHandler.PagedAsync(ctx, store, f => f.Harvests.Values.Where(h => h.CurrentWeight > 0),
            h => h.LastModified, h => h.Id, (h, _) => Projections.Harvest(h)));

        app.MapGet("/{state}/sales/v2/receipts/active", ctx => ListHandler.PagedAsync(ctx, store, f => f.Receipts, r => r.LastModified, r => r.Id, (r, _) => Projections.Receipt(r)));
        app.MapGet("/{state}/sales/v2/receipts/external/{number}", ctx => GetOneAsync(ctx, store, ctx.Request.RouteValues["number"] as string ?? string.Empty,
            (f, number) => f.Receipts.FirstOrDefault(r => r.ExternalReceiptNumber == number) is { } r ? Projections.Receipt(r) : null));

        app.MapGet("/{state}/transfers/v2/outgoing", ctx => ListHandler.PagedAsync(ctx, store, f => f.Transfers, t => t.LastModified, t => t.Id, Projections.Transfer));
        app.MapGet("/{state}/transfers/v2/deliveries/{id}/packages", ctx =>
        {
            string id = ctx.Request.RouteValues["id"] as string ?? string.Empty;
            return ListHandler.PagedAsync(ctx, store,
                f => f.Transfers.SelectMany(t => t.Deliveries).Where(d => d.Id.ToString(CultureInfo.InvariantCulture) == id).SelectMany(d => d.Packages),
                _ => store.Now, p => p.PackageId, (p, _) => Projections.TransferPackage(p));
        });
    }

    private static void MapPackages(IEndpointRouteBuilder app, EmulatorStore store, string path, PackageStatus status) =>
        app.MapGet($"/{{state}}/packages/v2/{path}", ctx => ListHandler.PagedAsync(ctx, store, f => f.Packages.Values.Where(p => p.Status == status),
            p => p.LastModified, p => p.Id, Projections.Package));

    private static Task GetOneAsync<T>(HttpContext context, EmulatorStore store, string key, Func<FacilityData, string, T?> find)
        where T : class
    {
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
