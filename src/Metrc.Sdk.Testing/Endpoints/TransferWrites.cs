using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Metrc.Sdk.Testing.Rules;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>Outgoing transfer templates (update, archive), external incoming transfers and the hub steps.</summary>
internal static class TransferWrites
{
    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        app.Handle("Transfers.UpdateOutgoingTemplates", ctx =>
            WriteHandler.HandleAsync<TransferRow>(ctx, store, log, partial, (c, i, r) => UpdateTemplate(EmulatorRequest.Get(ctx).RequiredState, c, i, r)));
        app.Handle("Transfers.DeleteOutgoingTemplate", ctx => SalesWrites.DeleteByIdAsync(ctx, store, log, (c, id) =>
            Template(c, 0, id) is { } template ? () => { Release(c, template); c.Facility.Transfers.Remove(template); }
        : null));
        app.Handle("Transfers.CreateExternalIncoming", ctx => WriteHandler.HandleAsync<ExternalIncomingRow>(ctx, store, log, partial, (c, i, r) => ExternalIncoming(c, i, r, update: false)));
        app.Handle("Transfers.UpdateExternalIncoming", ctx => WriteHandler.HandleAsync<ExternalIncomingRow>(ctx, store, log, partial, (c, i, r) => ExternalIncoming(c, i, r, update: true)));
        app.Handle("Transfers.DeleteExternalIncoming", ctx => SalesWrites.DeleteByIdAsync(ctx, store, log, (c, id) =>
            FindExternal(c, 0, id) is { } transfer ? () => c.Facility.ExternalIncoming.Remove(transfer) : null));
        foreach (string hub in new[] { "Transfers.ArriveAtHub", "Transfers.CheckInAtHub", "Transfers.CheckOutOfHub", "Transfers.DepartHub" })
        {
            app.Handle(hub, ctx => WriteHandler.HandleAsync<HubRow>(ctx, store, log, partial, static (c, i, r) =>
                c.Id(i, "ShipmentDeliveryId", r.ShipmentDeliveryId) && c.Required(i, "TransporterDirection", r.TransporterDirection) ? () => null : null));
        }
    }

    /// <summary>
    /// The checks of a licensed manifest (new or an update of <paramref name="own"/>): name, transporter where the state
    /// requires it, at most the state's number of packages, destinations with a recipient, a transfer type, a departure
    /// before the arrival and usable packages (the template's own packages, in transit for it, may stay).
    /// </summary>
    public static List<(TransferDestinationRow Row, string RecipientName, List<(PackageData Package, decimal? Price)> Packages)>? Manifest(
        StateData state, RowChecks c, int row, TransferRow r, TransferData? own)
    {
        if (!c.Required(row, "Name", r.Name)
            || !c.TransporterDetails(row, "DriverLicenseNumber", r.DriverName, r.DriverLicenseNumber, r.VehicleMake, r.VehicleModel, r.VehicleLicensePlateNumber))
        {
            return null;
        }

        if (r.Destinations is not { Count: > 0 })
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "Destinations are required.");
            return null;
        }

        int packageCount = r.Destinations.Sum(d => d.Packages?.Count ?? 0);
        if (packageCount > c.Rules.MaxTransferPackages)
        {
            c.Errors.Add(row, MetrcRuleCodes.TransferTooManyPackages, $"A manifest may hold at most {c.Rules.MaxTransferPackages} packages; this one has {packageCount}.");
            return null;
        }

        HashSet<string> ownLabels = own?.Deliveries.SelectMany(d => d.Packages).Select(p => p.PackageLabel).ToHashSet(StringComparer.Ordinal) ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var destinations = new List<(TransferDestinationRow Row, string RecipientName, List<(PackageData Package, decimal? Price)> Packages)>();
        foreach (TransferDestinationRow destination in r.Destinations)
        {
            if (!c.Destination(row, destination.RecipientLicenseNumber, destination.TransferTypeName, destination.EstimatedDepartureDateTime, destination.EstimatedArrivalDateTime, destination.Packages))
            {
                return null;
            }

            var packages = new List<(PackageData, decimal?)>();
            foreach (TransferPackageRow item in destination.Packages)
            {
                PackageData? package = item.PackageLabel is { } label && ownLabels.Contains(label) && c.Facility.Packages.TryGetValue(label, out PackageData? held)
                    && held.Status == PackageStatus.InTransit
                    ? held
                    : c.UsablePackage(row, "Destinations.Packages.PackageLabel", item.PackageLabel);
                if (package is null || !c.LabTestAllowsUse(row, package, c.Rules.LabTestRequiredForTransfer, "transfer"))
                {
                    return null;
                }

                if (!seen.Add(package.Label))
                {
                    c.Errors.Add(row, MetrcRuleCodes.TagDuplicate, $"Package {package.Label} appears twice on the manifest.");
                    return null;
                }

                packages.Add((package, item.WholesalePrice));
            }

            string recipient = state.Facilities.TryGetValue(destination.RecipientLicenseNumber!, out FacilityData? to) ? to.Name : destination.RecipientLicenseNumber!;
            destinations.Add((destination, recipient, packages));
        }

        return destinations;
    }

    /// <summary>Puts the checked destinations on <paramref name="transfer"/>; their packages go in transit.</summary>
    public static void Ship(EmulatorStore store, RowChecks c, TransferData transfer, List<(TransferDestinationRow Row, string RecipientName, List<(PackageData Package, decimal? Price)> Packages)> destinations)
    {
        foreach ((TransferDestinationRow destination, string recipient, List<(PackageData Package, decimal? Price)> packages) in destinations)
        {
            var delivery = new DeliveryData
            {
                Id = store.NextId(),
                RecipientLicenseNumber = destination.RecipientLicenseNumber!,
                RecipientName = recipient,
                EstimatedDeparture = destination.EstimatedDepartureDateTime,
                EstimatedArrival = destination.EstimatedArrivalDateTime,
            };
            foreach ((PackageData package, decimal? price) in packages)
            {
                package.Status = PackageStatus.InTransit;
                package.LastModified = store.Now;
                c.Facility.Items.TryGetValue(package.Item, out ItemData? item);
                delivery.Packages.Add(new TransferPackageData
                {
                    PackageId = package.Id,
                    PackageLabel = package.Label,
                    ProductName = package.Item,
                    ProductCategoryName = item?.Category ?? string.Empty,
                    Quantity = package.Quantity,
                    Unit = package.Unit,
                    WholesalePrice = price,
                });
            }

            transfer.Deliveries.Add(delivery);
        }
    }

    private static Func<long?>? UpdateTemplate(StateData state, RowChecks c, int row, TransferRow r)
    {
        if (Template(c, row, r.TransferTemplateId) is not { } template || Manifest(state, c, row, r, template) is not { } destinations)
        {
            return null;
        }

        return () =>
        {
            Release(c, template);
            template.Deliveries.Clear();
            template.Name = r.Name!;
            Ship(c.Store, c, template, destinations);
            template.LastModified = c.Store.Now;
            return null;
        };
    }

    private static TransferData? Template(RowChecks c, int row, long? id) =>
        c.Record(row, "TransferTemplateId", id, c.Facility.Transfers, t => t.Id, MetrcRuleCodes.TransferTemplateNotFound, "Transfer template");

    /// <summary>The template's packages that are still in transit become active again.</summary>
    private static void Release(RowChecks c, TransferData template)
    {
        foreach (TransferPackageData shipped in template.Deliveries.SelectMany(d => d.Packages))
        {
            if (c.Facility.Packages.TryGetValue(shipped.PackageLabel, out PackageData? package) && package.Status == PackageStatus.InTransit)
            {
                package.Status = PackageStatus.Active;
                package.LastModified = c.Store.Now;
            }
        }
    }

    private static ExternalIncomingData? FindExternal(RowChecks c, int row, long? id) =>
        c.Record(row, "TransferId", id, c.Facility.ExternalIncoming, t => t.Id, MetrcRuleCodes.TransferNotFound, "External incoming transfer");

    private static Func<long?>? ExternalIncoming(RowChecks c, int row, ExternalIncomingRow r, bool update)
    {
        ExternalIncomingData? existing = null;
        if ((update && (existing = FindExternal(c, row, r.TransferId)) is null)
            || !c.Required(row, "ShipperLicenseNumber", r.ShipperLicenseNumber) || !c.Required(row, "ShipperName", r.ShipperName)
            || !c.TransporterDetails(row, "DriverLicenseNumber", r.DriverName, r.DriverLicenseNumber, r.VehicleMake, r.VehicleModel, r.VehicleLicensePlateNumber))
        {
            return null;
        }

        if (r.Destinations is not { Count: > 0 })
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "Destinations are required.");
            return null;
        }

        int packages = 0;
        foreach (ExternalIncomingDestinationRow? destination in r.Destinations)
        {
            if (destination is null)
            {
                c.Errors.Add(row, MetrcRuleCodes.Required, "Destination is required (the list holds a null).");
                return null;
            }

            if (!c.Destination(row, destination.RecipientLicenseNumber, destination.TransferTypeName, destination.EstimatedDepartureDateTime, destination.EstimatedArrivalDateTime, destination.Packages))
            {
                return null;
            }

            foreach (ExternalIncomingPackageRow? package in destination.Packages)
            {
                if (package is null)
                {
                    c.Errors.Add(row, MetrcRuleCodes.Required, "Package is required (the list holds a null).");
                    return null;
                }

                if (c.Item(row, "Destinations.Packages.ItemName", package.ItemName) is not { } item
                    || !c.Positive(row, "Destinations.Packages.Quantity", package.Quantity)
                    || !c.Unit(row, "Destinations.Packages.UnitOfMeasureName", package.UnitOfMeasureName, item.Kind))
                {
                    return null;
                }

                packages++;
            }
        }

        return () =>
        {
            ExternalIncomingData transfer = existing ?? new ExternalIncomingData { Id = c.Store.NextId() };
            transfer.ShipperLicenseNumber = r.ShipperLicenseNumber!;
            transfer.ShipperName = r.ShipperName!;
            transfer.PackageCount = packages;
            transfer.LastModified = c.Store.Now;
            if (existing is null)
            {
                c.Facility.ExternalIncoming.Add(transfer);
                return transfer.Id;
            }

            return null;
        };
    }
}
