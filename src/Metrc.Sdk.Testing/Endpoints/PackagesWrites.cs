using System.Globalization;
using System.Text.Json;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Metrc.Sdk.Testing.Rules;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>
/// Package writes beyond create, adjust and finish: testing packages, plant batches from packages, flags, item,
/// location, note, external id and date changes, PUT adjustments, and discontinuing a package.
/// </summary>
internal static class PackagesWrites
{
    private enum Flag
    {
        FinishedGood,
        Donation,
        TradeSample,
    }

    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        app.Handle("Packages.CreateTesting", ctx => WriteHandler.HandleAsync<CreatePackageRow>(ctx, store, log, partial, (c, i, r) => PackageWrites.Create(store, c, i, r)));
        app.Handle("Packages.UpdateAdjustments", ctx => WriteHandler.HandleAsync<AdjustRow>(ctx, store, log, partial, (c, i, r) => PackageWrites.Adjust(store, c, i, r)));
        app.Handle("Packages.CreatePlantings", ctx =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            StateData state = EmulatorRequest.Get(ctx).RequiredState;
            return WriteHandler.HandleAsync<PackagePlantingRow>(ctx, store, log, partial, (c, i, r) => Plantings(store, state, c, i, r, names));
        });
        foreach ((string name, Flag flag, bool set) in new[]
        {
            ("FlagFinishedGoods", Flag.FinishedGood, true), ("UnflagFinishedGoods", Flag.FinishedGood, false),
            ("FlagDonations", Flag.Donation, true), ("UnflagDonations", Flag.Donation, false),
            ("FlagTradeSamples", Flag.TradeSample, true), ("UnflagTradeSamples", Flag.TradeSample, false),
        })
        {
            app.Handle("Packages." + name, ctx => WriteHandler.HandleAsync<PackageLabelRow>(ctx, store, log, partial, (c, i, r) => SetFlag(store, c, i, r, flag, set)));
        }

        app.Handle("Packages.ChangeItems", ctx => WriteHandler.HandleAsync<PackageItemRow>(ctx, store, log, partial, (c, i, r) => ChangeItem(store, c, i, r)));
        app.Handle("Packages.ChangeLocations", ctx => WriteHandler.HandleAsync<PackageLocationRow>(ctx, store, log, partial, (c, i, r) => ChangeLocation(store, c, i, r)));
        app.Handle("Packages.SetNotes", ctx => WriteHandler.HandleAsync<PackageNoteRow>(ctx, store, log, partial, (c, i, r) =>
            ChangeIf(store, c.ExistingPackage(i, "PackageLabel", r.PackageLabel), c.Required(i, "Note", r.Note), p => p.Note = r.Note)));
        app.Handle("Packages.SetExternalIds", ctx => WriteHandler.HandleAsync<PackageExternalIdRow>(ctx, store, log, partial, (c, i, r) =>
            ChangeIf(store, c.ExistingPackage(i, "PackageLabel", r.PackageLabel), c.Required(i, "ExternalId", r.ExternalId), p => p.ExternalId = r.ExternalId)));
        app.Handle("Packages.SetDates", ctx => WriteHandler.HandleAsync<PackageDatesRow>(ctx, store, log, partial, (c, i, r) =>
            ChangeIf(store, c.ExistingPackage(i, "Label", r.Label), c.DatesInOrder(i, r.SellByDate, r.UseByDate, r.ExpirationDate),
                p => (p.ExpirationDate, p.SellByDate, p.UseByDate) = (r.ExpirationDate, r.SellByDate, r.UseByDate))));
        app.Handle("Packages.Discontinue", ctx => DiscontinueAsync(ctx, store, log));
    }

    /// <summary>A plant batch from an active package: the amount (in a unit of the package's kind) leaves the package.</summary>
    public static Func<long?>? Plantings(EmulatorStore store, StateData state, RowChecks c, int row, PackagePlantingRow r, HashSet<string> namesInRequest)
    {
        PackageData? package = c.ActivePackage(row, "PackageLabel", r.PackageLabel);
        bool ok = package is not null & c.Positive(row, "PackageAdjustmentAmount", r.PackageAdjustmentAmount);
        decimal taken = 0;
        string? unit = r.PackageAdjustmentUnitOfMeasureName;
        if (package is not null && MetrcUnits.TryGetKind(package.Unit, out QuantityKind held))
        {
            ok &= c.Unit(row, "PackageAdjustmentUnitOfMeasureName", unit, held);
            if (ok && MetrcUnits.TryConvert(r.PackageAdjustmentAmount!.Value, unit, package.Unit, out taken) && taken > package.Quantity)
            {
                c.Errors.Add(row, MetrcRuleCodes.QuantityExceedsAvailable, $"Package {package.Label} holds {package.Quantity} {package.Unit}, less than {taken}.");
                ok = false;
            }
        }
        else if (c.Required(row, "PackageAdjustmentUnitOfMeasureName", unit) && !MetrcUnits.TryGetKind(unit, out _))
        {
            c.Errors.Add(row, MetrcRuleCodes.UnitUnknown, $"Unit of measure '{unit}' does not exist.");
        }

        ok &= c.Required(row, "PlantBatchName", r.PlantBatchName);
        if (r.PlantBatchName is { } name && (c.Facility.Batches.ContainsKey(name) || !namesInRequest.Add(name)))
        {
            c.Errors.Add(row, MetrcRuleCodes.PlantBatchNameInUse, $"A plant batch named {name} already exists.");
            ok = false;
        }

        if (c.Required(row, "PlantBatchType", r.PlantBatchType) && r.PlantBatchType is not ("Seed" or "Clone"))
        {
            c.Errors.Add(row, MetrcRuleCodes.InvalidValue, $"PlantBatchType '{r.PlantBatchType}' must be Seed or Clone.");
        }

        int cap = RulesOf(state).PlantBatchCap;
        if (r.PlantCount is not > 0)
        {
            c.Errors.Add(row, MetrcRuleCodes.QuantityPositive, "PlantCount must be greater than 0.");
        }
        else if (r.PlantCount > cap)
        {
            c.Errors.Add(row, MetrcRuleCodes.PlantBatchCountCap, $"PlantCount {r.PlantCount} exceeds the {cap} plants allowed per batch.");
        }

        ok &= c.Strain(row, "StrainName", r.StrainName)
            & (string.IsNullOrEmpty(r.LocationName) || c.Location(row, "LocationName", r.LocationName))
            & c.OptionalSublocation(row, "SublocationName", r.SublocationName)
            & Timestamp(store, state, c, row, "PlantedDate", r.PlantedDate)
            & Timestamp(store, state, c, row, "UnpackagedDate", r.UnpackagedDate);
        if (!ok || c.Errors.Has(row))
        {
            return null;
        }

        return () =>
        {
            package!.Quantity -= taken;
            package.LastModified = store.Now;
            var batch = new BatchData
            {
                Id = store.NextId(),
                Name = r.PlantBatchName!,
                Type = r.PlantBatchType!,
                Strain = c.Facility.Strains[r.StrainName!].Name,
                Location = string.IsNullOrEmpty(r.LocationName) ? package.Location : c.Facility.Locations[r.LocationName].Name,
                Untracked = r.PlantCount!.Value,
                PlantedDate = LocalDate(store, state, r.PlantedDate!.Value),
                LastModified = store.Now,
            };
            c.Facility.Batches[batch.Name] = batch;
            store.CountWrite($"batch:{c.Facility.LicenseNumber}:{batch.Name}");
            return batch.Id;
        };
    }

    private static Func<long?>? SetFlag(EmulatorStore store, RowChecks c, int row, PackageLabelRow r, Flag flag, bool set)
    {
        PackageData? package = c.ActivePackage(row, "Label", r.Label);
        if (package is null)
        {
            return null;
        }

        if (!set && !IsFlagged(package, flag))
        {
            c.Errors.Add(row, MetrcRuleCodes.PackageFlagNotSet, $"Package {package.Label} is not flagged as a {flag}.");
            return null;
        }

        return Change(store, package, p =>
        {
            switch (flag)
            {
                case Flag.FinishedGood:
                    p.IsFinishedGood = set;
                    break;
                case Flag.Donation:
                    p.IsDonation = set;
                    break;
                default:
                    p.IsTradeSample = set;
                    break;
            }
        });
    }

    private static bool IsFlagged(PackageData p, Flag flag) => flag switch
    {
        Flag.FinishedGood => p.IsFinishedGood,
        Flag.Donation => p.IsDonation,
        _ => p.IsTradeSample,
    };

    private static Func<long?>? ChangeItem(EmulatorStore store, RowChecks c, int row, PackageItemRow r)
    {
        PackageData? package = c.ActivePackage(row, "Label", r.Label);
        ItemData? item = c.Item(row, "Item", r.Item);
        if (package is null || item is null)
        {
            return null;
        }

        if (MetrcUnits.CheckCompatible(package.Unit, item.Kind) == MetrcRuleCodes.UnitIncompatible)
        {
            c.Errors.Add(row, MetrcRuleCodes.UnitIncompatible, $"Item '{item.Name}' is {item.Kind}-based; package {package.Label} is measured in {package.Unit}.");
            return null;
        }

        return Change(store, package, p => p.Item = item.Name);
    }

    private static Func<long?>? ChangeLocation(EmulatorStore store, RowChecks c, int row, PackageLocationRow r)
    {
        PackageData? package = c.ActivePackage(row, "Label", r.Label);
        bool ok = c.Location(row, "Location", r.Location) & c.OptionalSublocation(row, "Sublocation", r.Sublocation) & c.Date(row, "MoveDate", r.MoveDate);
        if (package is null || !ok)
        {
            return null;
        }

        return Change(store, package, p =>
        {
            p.Location = c.Facility.Locations[r.Location!].Name;
            p.Sublocation = string.IsNullOrEmpty(r.Sublocation) ? null : c.Facility.Sublocations[r.Sublocation].Name;
        });
    }

    /// <summary>The change of a found package when the row's other checks passed (every check has run, so every error is reported).</summary>
    private static Func<long?>? ChangeIf(EmulatorStore store, PackageData? package, bool ok, Action<PackageData> change) =>
        package is not null && ok ? Change(store, package, change) : null;

    private static Func<long?> Change(EmulatorStore store, PackageData package, Action<PackageData> change) => () =>
    {
        change(package);
        package.LastModified = store.Now;
        return null;
    };

    /// <summary><c>DELETE /packages/v2/{id}</c>: only an active package of the facility, found by its Metrc id, is discontinued (it leaves the facility's lists).</summary>
    private static async Task DiscontinueAsync(HttpContext context, EmulatorStore store, EmulatorWriteLog log)
    {
        EmulatorRequest request = EmulatorRequest.Get(context);
        string key = EmulatorRoutes.Key(context);
        var errors = new RowErrors();
        lock (store.Lock)
        {
            FacilityData facility = request.RequiredFacility;
            PackageData? package = long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long id)
                ? facility.Packages.Values.FirstOrDefault(p => p.Id == id)
                : null;
            if (package is null)
            {
                errors.Add(0, MetrcRuleCodes.PackageNotActive, $"Package {key} was not found.");
            }
            else if (PackageLifecycle.CheckUsable(package.Status) is { } code)
            {
                errors.Add(0, code, $"Package {package.Label} is {package.Status} and cannot be discontinued.");
            }
            else
            {
                facility.Packages.Remove(package.Label);
            }
        }

        if (errors.Count > 0)
        {
            await errors.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        log.Record(context, Array.Empty<JsonElement>());
        await EmulatorJson.WriteAsync(context, 200, new WriteHandler.WriteResultBody([], [])).ConfigureAwait(false);
    }

    private static MetrcStateRules RulesOf(StateData state) =>
        MetrcStates.TryParse(state.Code, out MetrcState code) ? MetrcStateRules.For(code) : MetrcStateRules.Default;

    private static DateTimeZone Zone(EmulatorStore store, StateData state) =>
        MetrcStates.TryParse(state.Code, out MetrcState code) ? new MetrcClock(code, store.Time).GetTimeZone() : DateTimeZone.Utc;

    private static DateOnly LocalDate(EmulatorStore store, StateData state, DateTimeOffset at) =>
        Instant.FromDateTimeOffset(at).InZone(Zone(store, state)).Date.ToDateOnly();

    /// <summary>A required timestamp: not after now, and its facility-local date not before the licence start.</summary>
    private static bool Timestamp(EmulatorStore store, StateData state, RowChecks c, int row, string field, DateTimeOffset? value)
    {
        if (value is not { } at)
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
            return false;
        }

        if (at > store.Now)
        {
            c.Errors.Add(row, MetrcRuleCodes.DateInFuture, $"{field} {at:O} cannot be in the future.");
            return false;
        }

        return c.Date(row, field, LocalDate(store, state, at));
    }
}
