using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Metrc.Sdk.Testing.Rules;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>
/// Sales receipt updates, finalize, unfinalize and void, and sales deliveries; <see cref="Register"/> also maps the
/// transfer, transporter and patient writes of the commerce domain.
/// </summary>
internal static class SalesWrites
{
    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        app.Handle("Sales.UpdateReceipts", ctx =>
        {
            var numbers = new HashSet<string>(StringComparer.Ordinal);
            return WriteHandler.HandleAsync<UpdateReceiptRow>(ctx, store, log, partial, (c, i, r) => UpdateReceipt(c, i, r, numbers));
        });
        app.Handle("Sales.FinalizeReceipts", ctx => WriteHandler.HandleAsync<IdRow>(ctx, store, log, partial, (c, i, r) => Finalize(c, i, r, final: true)));
        app.Handle("Sales.UnfinalizeReceipts", ctx => WriteHandler.HandleAsync<IdRow>(ctx, store, log, partial, (c, i, r) => Finalize(c, i, r, final: false)));
        app.Handle("Sales.DeleteReceipt", ctx => DeleteByIdAsync(ctx, store, log, VoidReceipt));
        app.Handle("Sales.CreateDeliveries", ctx => WriteHandler.HandleAsync<SalesDeliveryRow>(ctx, store, log, partial, (c, i, r) => Delivery(c, i, r, update: false)));
        app.Handle("Sales.UpdateDeliveries", ctx => WriteHandler.HandleAsync<SalesDeliveryRow>(ctx, store, log, partial, (c, i, r) => Delivery(c, i, r, update: true)));
        app.Handle("Sales.CompleteDeliveries", ctx => WriteHandler.HandleAsync<CompleteDeliveryRow>(ctx, store, log, partial, CompleteDelivery));
        app.Handle("Sales.DeleteDelivery", ctx => DeleteByIdAsync(ctx, store, log, (c, id) =>
            c.OpenDelivery(0, id) is { } delivery ? () => c.Facility.SalesDeliveries.Remove(delivery) : null));
        TransferWrites.Register(app, store, log, partial);
        TransporterWrites.Register(app, store, log, partial);
    }

    /// <summary>An external receipt number used once in the request and by no other receipt of the facility.</summary>
    public static bool UniqueNumber(RowChecks c, int row, string? number, HashSet<string> numbersInRequest, ReceiptData? self)
    {
        if (number is null || (!c.Facility.Receipts.Any(x => x != self && x.ExternalReceiptNumber == number) && numbersInRequest.Add(number)))
        {
            return true;
        }

        c.Errors.Add(row, MetrcRuleCodes.ReceiptNumberInUse, $"A receipt with external number {number} already exists.");
        return false;
    }

    /// <summary>A DELETE of one record by its id: checked under the lock, answered 200 or with Metrc's row-error shape (row 0).</summary>
    public static Task DeleteByIdAsync(HttpContext context, EmulatorStore store, EmulatorWriteLog log, Func<RowChecks, long?, Action?> rule)
    {
        long? id = long.TryParse(EmulatorRoutes.Key(context), NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) ? parsed : null;
        return DeleteByKeyAsync(context, store, log, (c, _) => rule(c, id));
    }

    /// <summary>A DELETE of one record by its key (an id that may not be numeric).</summary>
    public static async Task DeleteByKeyAsync(HttpContext context, EmulatorStore store, EmulatorWriteLog log, Func<RowChecks, string, Action?> rule)
    {
        EmulatorRequest request = EmulatorRequest.Get(context);
        var errors = new RowErrors();
        lock (store.Lock)
        {
            Action? change = rule(new RowChecks(store, request.RequiredState, request.RequiredFacility, errors), EmulatorRoutes.Key(context));
            if (errors.Count == 0)
            {
                change?.Invoke();
            }
        }

        if (errors.Count > 0)
        {
            await errors.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        log.Record(context, Array.Empty<System.Text.Json.JsonElement>());
        await EmulatorJson.WriteAsync(context, 200, new WriteHandler.WriteResultBody([], [])).ConfigureAwait(false);
    }

    private static Func<long?>? UpdateReceipt(RowChecks c, int row, UpdateReceiptRow r, HashSet<string> numbers)
    {
        if (c.Receipt(row, r.Id, open: true) is not { } receipt
            || !c.Customer(row, r.SalesCustomerType, r.PatientLicenseNumber) || !c.Timestamp(row, "SalesDateTime", r.SalesDateTime)
            || !UniqueNumber(c, row, r.ExternalReceiptNumber, numbers, receipt)
            || c.SaleLines(row, r.Transactions, r.SalesCustomerType, credit: receipt.Lines) is not { } lines)
        {
            return null;
        }

        return () =>
        {
            c.GiveBack(receipt.Lines);
            receipt.Lines = c.Take(lines);
            receipt.SalesDateTime = r.SalesDateTime!.Value;
            receipt.SalesCustomerType = r.SalesCustomerType!;
            receipt.ExternalReceiptNumber = r.ExternalReceiptNumber ?? receipt.ExternalReceiptNumber;
            receipt.LastModified = c.Store.Now;
            return null;
        };
    }

    private static Func<long?>? Finalize(RowChecks c, int row, IdRow r, bool final)
    {
        if (c.Receipt(row, r.Id, open: final) is not { } receipt)
        {
            return null;
        }

        if (!final && !receipt.IsFinal)
        {
            c.Errors.Add(row, MetrcRuleCodes.ReceiptNotFinalized, $"Sales receipt {r.Id} is not finalized.");
            return null;
        }

        return () =>
        {
            receipt.IsFinal = final;
            receipt.LastModified = c.Store.Now;
            return null;
        };
    }

    private static Action? VoidReceipt(RowChecks c, long? id)
    {
        if (c.Receipt(0, id, open: true) is not { } receipt)
        {
            return null;
        }

        return () =>
        {
            c.GiveBack(receipt.Lines);
            c.Facility.Receipts.Remove(receipt);
        };
    }

    private static Func<long?>? Delivery(RowChecks c, int row, SalesDeliveryRow r, bool update)
    {
        SalesDeliveryData? existing = null;
        if ((update && (existing = c.OpenDelivery(row, r.Id)) is null)
            || !c.Timestamp(row, "SalesDateTime", r.SalesDateTime) || !c.Customer(row, r.SalesCustomerType, r.PatientLicenseNumber)
            || !c.Required(row, "RecipientAddressStreet1", r.RecipientAddressStreet1) || !c.Required(row, "RecipientAddressCity", r.RecipientAddressCity)
            || !c.Required(row, "RecipientAddressState", r.RecipientAddressState) || !c.Required(row, "RecipientAddressPostalCode", r.RecipientAddressPostalCode)
            || !c.Required(row, "PlannedRoute", r.PlannedRoute)
            || !RequiredTime(c, row, "EstimatedDepartureDateTime", r.EstimatedDepartureDateTime) || !RequiredTime(c, row, "EstimatedArrivalDateTime", r.EstimatedArrivalDateTime)
            || !c.DepartureBeforeArrival(row, "EstimatedArrivalDateTime", r.EstimatedDepartureDateTime, r.EstimatedArrivalDateTime)
            || !c.TransporterDetails(row, "DriversLicenseNumber", r.DriverName, r.DriversLicenseNumber, r.VehicleMake, r.VehicleModel, r.VehicleLicensePlateNumber))
        {
            return null;
        }

        if (c.SaleLines(row, r.Transactions, r.SalesCustomerType) is not { } lines)
        {
            return null;
        }

        return () =>
        {
            SalesDeliveryData delivery = existing ?? new SalesDeliveryData { Id = c.Store.NextId() };
            delivery.SalesCustomerType = r.SalesCustomerType!;
            delivery.SalesDateTime = r.SalesDateTime!.Value;
            delivery.PlannedRoute = r.PlannedRoute;
            delivery.Lines = lines.Select(l => new ReceiptLineData
            {
                PackageId = l.Package.Id,
                PackageLabel = l.Package.Label,
                ProductName = l.Package.Item,
                Quantity = l.Line.Quantity!.Value,
                Unit = l.Package.Unit,
                TotalPrice = l.Line.TotalAmount ?? 0,
            }).ToList();
            delivery.LastModified = c.Store.Now;
            if (existing is null)
            {
                c.Facility.SalesDeliveries.Add(delivery);
                return delivery.Id;
            }

            return null;
        };
    }

    private static Func<long?>? CompleteDelivery(RowChecks c, int row, CompleteDeliveryRow r)
    {
        if (c.OpenDelivery(row, r.Id) is not { } delivery || !c.Timestamp(row, "ActualArrivalDateTime", r.ActualArrivalDateTime))
        {
            return null;
        }

        foreach (string? label in r.AcceptedPackages ?? [])
        {
            if (!MetrcTagRules.IsValidFormat(label))
            {
                c.Errors.Add(row, MetrcRuleCodes.TagFormat, $"AcceptedPackages '{label}' is not a valid tag.");
                return null;
            }
        }

        foreach (ReturnedPackageRow? returned in r.ReturnedPackages ?? [])
        {
            if (returned is null)
            {
                c.Errors.Add(row, MetrcRuleCodes.Required, "ReturnedPackages.Label is required.");
                return null;
            }

            if (!c.Required(row, "ReturnedPackages.Label", returned.Label))
            {
                return null;
            }

            if (!MetrcTagRules.IsValidFormat(returned.Label))
            {
                c.Errors.Add(row, MetrcRuleCodes.TagFormat, $"ReturnedPackages.Label '{returned.Label}' is not a valid tag.");
                return null;
            }

            if (!c.Positive(row, "ReturnedPackages.ReturnQuantityVerified", returned.ReturnQuantityVerified ?? 0)
                || !c.Required(row, "ReturnedPackages.ReturnUnitOfMeasure", returned.ReturnUnitOfMeasure))
            {
                return null;
            }

            if (!MetrcUnits.TryGetKind(returned.ReturnUnitOfMeasure, out _))
            {
                c.Errors.Add(row, MetrcRuleCodes.UnitUnknown, $"Unit of measure '{returned.ReturnUnitOfMeasure}' does not exist.");
                return null;
            }
        }

        return () =>
        {
            delivery.Completed = true;
            delivery.LastModified = c.Store.Now;
            return null;
        };
    }

    private static bool RequiredTime(RowChecks c, int row, string field, DateTimeOffset? value)
    {
        if (value is not null)
        {
            return true;
        }

        c.Errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
        return false;
    }
}
