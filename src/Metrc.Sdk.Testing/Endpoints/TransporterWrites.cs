using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Rules;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>Drivers and vehicles (kept in the store), patients and patient check-ins (checked, not kept).</summary>
internal static class TransporterWrites
{
    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        app.Handle("Transporters.CreateDrivers", ctx => WriteHandler.HandleAsync<DriverRow>(ctx, store, log, partial, (c, i, r) => Driver(c, i, r, update: false)));
        app.Handle("Transporters.UpdateDrivers", ctx => WriteHandler.HandleAsync<DriverRow>(ctx, store, log, partial, (c, i, r) => Driver(c, i, r, update: true)));
        app.Handle("Transporters.DeleteDriver", ctx => SalesWrites.DeleteByKeyAsync(ctx, store, log, (c, id) =>
            c.Find(0, "Id", id, c.Facility.Drivers.GetValueOrDefault, MetrcRuleCodes.DriverNotFound, "Driver") is not null ? () => c.Facility.Drivers.Remove(id) : null));
        app.Handle("Transporters.CreateVehicles", ctx => WriteHandler.HandleAsync<VehicleRow>(ctx, store, log, partial, (c, i, r) => Vehicle(c, i, r, update: false)));
        app.Handle("Transporters.UpdateVehicles", ctx => WriteHandler.HandleAsync<VehicleRow>(ctx, store, log, partial, (c, i, r) => Vehicle(c, i, r, update: true)));
        app.Handle("Transporters.DeleteVehicle", ctx => SalesWrites.DeleteByKeyAsync(ctx, store, log, (c, id) =>
            c.Find(0, "Id", id, c.Facility.Vehicles.GetValueOrDefault, MetrcRuleCodes.VehicleNotFound, "Vehicle") is not null ? () => c.Facility.Vehicles.Remove(id) : null));
        app.Handle("Patients.Create", ctx => WriteHandler.HandleAsync<PatientRow>(ctx, store, log, partial, Patient));
        app.Handle("Patients.Update", ctx => WriteHandler.HandleAsync<PatientRow>(ctx, store, log, partial, Patient));
        app.Handle("PatientCheckIns.Create", ctx => WriteHandler.HandleAsync<PatientCheckInRow>(ctx, store, log, partial, (c, i, r) => CheckIn(c, i, r, update: false)));
        app.Handle("PatientCheckIns.Update", ctx => WriteHandler.HandleAsync<PatientCheckInRow>(ctx, store, log, partial, (c, i, r) => CheckIn(c, i, r, update: true)));
    }

    private static Func<long?>? Driver(RowChecks c, int row, DriverRow r, bool update)
    {
        DriverData? existing = null;
        if ((update && (existing = c.Find(row, "Id", r.Id, c.Facility.Drivers.GetValueOrDefault, MetrcRuleCodes.DriverNotFound, "Driver")) is null)
            || !c.Required(row, "Name", r.Name) || !c.Required(row, "EmployeeId", r.EmployeeId) || !c.Required(row, "DriversLicenseNumber", r.DriversLicenseNumber))
        {
            return null;
        }

        return () =>
        {
            long? id = existing is null ? c.Store.NextId() : null;
            DriverData driver = existing ?? new DriverData { Id = id!.Value.ToString(CultureInfo.InvariantCulture) };
            driver.Name = r.Name!;
            driver.EmployeeId = r.EmployeeId!;
            driver.DriversLicenseNumber = r.DriversLicenseNumber!;
            c.Facility.Drivers[driver.Id] = driver;
            return id;
        };
    }

    private static Func<long?>? Vehicle(RowChecks c, int row, VehicleRow r, bool update)
    {
        VehicleData? existing = null;
        if ((update && (existing = c.Find(row, "Id", r.Id, c.Facility.Vehicles.GetValueOrDefault, MetrcRuleCodes.VehicleNotFound, "Vehicle")) is null)
            || !c.Required(row, "Make", r.Make) || !c.Required(row, "Model", r.Model) || !c.Required(row, "LicensePlateNumber", r.LicensePlateNumber))
        {
            return null;
        }

        return () =>
        {
            long? id = existing is null ? c.Store.NextId() : null;
            VehicleData vehicle = existing ?? new VehicleData { Id = id!.Value.ToString(CultureInfo.InvariantCulture) };
            vehicle.Make = r.Make!;
            vehicle.Model = r.Model!;
            vehicle.LicensePlateNumber = r.LicensePlateNumber!;
            c.Facility.Vehicles[vehicle.Id] = vehicle;
            return id;
        };
    }

    private static Func<long?>? Patient(RowChecks c, int row, PatientRow r) =>
        c.Required(row, "LicenseNumber", r.LicenseNumber)
        && c.RequiredDate(row, "LicenseEffectiveStartDate", r.LicenseEffectiveStartDate) && c.RequiredDate(row, "LicenseEffectiveEndDate", r.LicenseEffectiveEndDate)
        && c.DateRange(row, "LicenseEffectiveEndDate", r.LicenseEffectiveStartDate, r.LicenseEffectiveEndDate) && c.Date(row, "ActualDate", r.ActualDate)
            ? () => null
            : null;

    private static Func<long?>? CheckIn(RowChecks c, int row, PatientCheckInRow r, bool update) =>
        (!update || c.Id(row, "Id", r.Id)) && c.Required(row, "PatientLicenseNumber", r.PatientLicenseNumber) && c.Id(row, "CheckInLocationId", r.CheckInLocationId)
        && c.RequiredDate(row, "RegistrationStartDate", r.RegistrationStartDate) && c.RequiredDate(row, "RegistrationExpiryDate", r.RegistrationExpiryDate)
        && c.DateRange(row, "RegistrationExpiryDate", r.RegistrationStartDate, r.RegistrationExpiryDate) && c.Date(row, "CheckInDate", r.CheckInDate)
            ? () => null
            : null;
}
