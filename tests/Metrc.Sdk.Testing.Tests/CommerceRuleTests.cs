using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;
using static Metrc.Sdk.Testing.Tests.LifecycleRuleTests;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>The emulator's rules for receipt updates and voids, deliveries, transfer templates, external incoming transfers, hubs, transporters and patients.</summary>
public sealed class CommerceRuleTests
{
    private static readonly LocalDate s_today = EmulatorHarness.Today;

    private static OffsetDateTime MinutesAgo(int minutes) =>
        Instant.FromDateTimeOffset(EmulatorHarness.Start).Minus(Duration.FromMinutes(minutes)).WithOffset(Offset.FromHours(-6));

    [Fact]
    public async Task A_receipt_is_updated_finalized_unfinalized_and_voided_and_its_quantities_follow()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string package = h.Facility.SeededPackages[0];
        decimal start = await QuantityAsync(h, package);
        long id = (await h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(package, 10, "R-1")])).Ids.Single();
        Assert.Equal(start - 10, await QuantityAsync(h, package));

        // The update gives the 10 back before taking 4: the package may be sold up to what it held before the receipt.
        await h.Client.Sales.UpdateReceiptsAsync(h.License, [UpdateOf(id, package, 4)]);
        Assert.Equal(start - 4, await QuantityAsync(h, package));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityExceedsAvailable, () => h.Client.Sales.UpdateReceiptsAsync(h.License, [UpdateOf(id, package, start + 1)]));

        await h.Client.Sales.FinalizeReceiptsAsync(h.License, [new SalesReceiptIdRequest { Id = id }]);
        Assert.True(h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).Receipts![id].IsFinal);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ReceiptFinalized, () => h.Client.Sales.UpdateReceiptsAsync(h.License, [UpdateOf(id, package, 2)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ReceiptFinalized, () => h.Client.Sales.FinalizeReceiptsAsync(h.License, [new SalesReceiptIdRequest { Id = id }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ReceiptFinalized, () => h.Client.Sales.DeleteReceiptAsync(h.License, id));

        await h.Client.Sales.UnfinalizeReceiptsAsync(h.License, [new SalesReceiptIdRequest { Id = id }]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ReceiptNotFinalized, () => h.Client.Sales.UnfinalizeReceiptsAsync(h.License, [new SalesReceiptIdRequest { Id = id }]));
        await h.Client.Sales.DeleteReceiptAsync(h.License, id);
        Assert.Equal(start, await QuantityAsync(h, package));
        Assert.Empty(h.Emulator.GetSnapshot(MetrcState.Co, h.License).Receipts);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ReceiptNotFound, () => h.Client.Sales.DeleteReceiptAsync(h.License, id));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ReceiptNotFound, () => h.Client.Sales.UpdateReceiptsAsync(h.License, [UpdateOf(id, package, 1)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Sales.FinalizeReceiptsAsync(h.License, [new SalesReceiptIdRequest()]));
    }

    [Fact]
    public async Task A_patient_sale_needs_the_patient_licence_and_stays_within_the_state_limit()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o =>
            o.StateRules[MetrcState.Co] = MetrcStateRules.For(MetrcState.Co) with { PatientReceiptWeightLimitGrams = 30 });
        string package = h.Facility.SeededPackages[0];
        CreateSalesReceiptRequest patientSale = Sale(package, 30, "R-1") with { SalesCustomerType = "Patient", PatientLicenseNumber = "P-123" };

        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Sales.CreateReceiptsAsync(h.License, [patientSale with { PatientLicenseNumber = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PatientLimitExceeded, () => h.Client.Sales.CreateReceiptsAsync(h.License,
            [patientSale with { Transactions = [patientSale.Transactions[0] with { Quantity = 30.5m }] }]));
        await h.Client.Sales.CreateReceiptsAsync(h.License, [patientSale]);
        await h.Client.Sales.CreateReceiptsAsync(h.License, [Sale(package, 40, "R-2")]);
        Assert.Equal(["R-1", "R-2"], h.Emulator.GetSnapshot(MetrcState.Co, h.License).Receipts);
    }

    [Fact]
    public async Task A_delivery_needs_its_route_times_and_transporter_where_the_state_requires_it_and_completes_once()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o =>
            o.StateRules[MetrcState.Co] = MetrcStateRules.For(MetrcState.Co) with { TransporterDetailsRequired = true });
        string package = h.Facility.SeededPackages[0];
        CreateSalesDeliveryRequest delivery = Delivery(package);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Sales.CreateDeliveriesAsync(h.License, [delivery with { PlannedRoute = " " }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.Sales.CreateDeliveriesAsync(h.License,
            [delivery with { EstimatedArrivalDateTime = delivery.EstimatedDepartureDateTime!.Value.Minus(Duration.FromMinutes(1)) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TransporterDetailsRequired, () => h.Client.Sales.CreateDeliveriesAsync(h.License, [delivery with { VehicleLicensePlateNumber = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.PackageNotActive, () => h.Client.Sales.CreateDeliveriesAsync(h.License,
            [delivery with { Transactions = [delivery.Transactions![0] with { PackageLabel = h.Facility.PackageTags[0] }] }]));

        long id = (await h.Client.Sales.CreateDeliveriesAsync(h.License, [delivery])).Ids.Single();
        await h.Client.Sales.UpdateDeliveriesAsync(h.License, [UpdateOf(id, delivery)]);
        Assert.False(h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).SalesDeliveries![id]);
        var complete = new CompleteSalesDeliveryRequest { Id = id, ActualArrivalDateTime = MinutesAgo(1), AcceptedPackages = [package] };
        await h.Client.Sales.CompleteDeliveriesAsync(h.License, [complete]);
        Assert.True(h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).SalesDeliveries![id]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DeliveryCompleted, () => h.Client.Sales.CompleteDeliveriesAsync(h.License, [complete]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DeliveryCompleted, () => h.Client.Sales.UpdateDeliveriesAsync(h.License, [UpdateOf(id, delivery)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DeliveryNotFound, () => h.Client.Sales.UpdateDeliveriesAsync(h.License, [UpdateOf(id + 1000, delivery)]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DeliveryCompleted, () => h.Client.Sales.DeleteDeliveryAsync(h.License, id));
    }

    [Fact]
    public async Task A_transfer_template_is_updated_with_its_own_packages_and_archived_which_frees_them()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        string[] packages = [h.Facility.SeededPackages[0], h.Facility.SeededPackages[1]];
        string recipient = h.Emulator.Facilities[1].LicenseNumber;
        long id = (await h.Client.Transfers.CreateOutgoingAsync(h.License, [Transfer("M-1", recipient, packages[0])])).Ids.Single();
        UpdateOutgoingTransferRequest update = TemplateUpdate(id, recipient, packages);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.TransferTemplateNotFound, () => h.Client.Transfers.UpdateOutgoingTemplatesAsync(h.License, [update with { TransferTemplateId = id + 1000 }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.Transfers.UpdateOutgoingTemplatesAsync(h.License,
            [update with { Destinations = [update.Destinations![0] with { EstimatedDepartureDateTime = MinutesAgo(1), EstimatedArrivalDateTime = MinutesAgo(30) }] }]));
        await h.Client.Transfers.UpdateOutgoingTemplatesAsync(h.License, [update]);
        EmulatorFacilitySnapshot snapshot = h.Emulator.GetSnapshot(MetrcState.Co, h.License);
        Assert.All(packages, p => Assert.Equal("InTransit", snapshot.Packages[p].Status));

        await h.Client.Transfers.DeleteOutgoingTemplateAsync(h.License, id);
        snapshot = h.Emulator.GetSnapshot(MetrcState.Co, h.License);
        Assert.All(packages, p => Assert.Equal("Active", snapshot.Packages[p].Status));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TransferTemplateNotFound, () => h.Client.Transfers.DeleteOutgoingTemplateAsync(h.License, id));
    }

    [Fact]
    public async Task A_manifest_names_the_transporter_where_the_state_requires_it()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o =>
            o.StateRules[MetrcState.Co] = MetrcStateRules.For(MetrcState.Co) with { TransporterDetailsRequired = true });
        CreateOutgoingTransferRequest transfer = Transfer("M-1", h.Emulator.Facilities[1].LicenseNumber, h.Facility.SeededPackages[0]);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.TransporterDetailsRequired, () => h.Client.Transfers.CreateOutgoingAsync(h.License, [transfer]));
        await h.Client.Transfers.CreateOutgoingAsync(h.License, [transfer with
        {
            DriverName = "Dana Driver", DriverLicenseNumber = "D-1", VehicleMake = "Ford", VehicleModel = "Transit", VehicleLicensePlateNumber = "ABC123",
        }]);
    }

    [Fact]
    public async Task An_external_incoming_transfer_names_known_items_in_their_units_and_is_updated_and_voided_by_id()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        CreateExternalIncomingTransferRequest incoming = ExternalIncoming(h.License);

        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Transfers.CreateExternalIncomingAsync(h.License, [incoming with { ShipperName = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.ItemNotFound, () => h.Client.Transfers.CreateExternalIncomingAsync(h.License, [WithPackage(incoming, p => p with { ItemName = "Moon Rocks" })]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.UnitIncompatible, () => h.Client.Transfers.CreateExternalIncomingAsync(h.License, [WithPackage(incoming, p => p with { UnitOfMeasureName = "Each" })]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.QuantityPositive, () => h.Client.Transfers.CreateExternalIncomingAsync(h.License, [WithPackage(incoming, p => p with { Quantity = 0 })]));

        long id = (await h.Client.Transfers.CreateExternalIncomingAsync(h.License, [incoming])).Ids.Single();
        Assert.Contains(id, h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).ExternalIncomingTransfers!);
        var update = new UpdateExternalIncomingTransferRequest
        {
            TransferId = id,
            ShipperLicenseNumber = incoming.ShipperLicenseNumber,
            ShipperName = "Renamed Farm",
            Destinations = [new UpdateExternalIncomingTransferDestinationRequest { RecipientLicenseNumber = h.License, TransferTypeName = "Unaffiliated Transfer", Packages = incoming.Destinations![0].Packages }],
        };
        await h.Client.Transfers.UpdateExternalIncomingAsync(h.License, [update]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TransferNotFound, () => h.Client.Transfers.UpdateExternalIncomingAsync(h.License, [update with { TransferId = id + 1000 }]));
        await h.Client.Transfers.DeleteExternalIncomingAsync(h.License, id);
        Assert.Empty(h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License).ExternalIncomingTransfers!);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.TransferNotFound, () => h.Client.Transfers.DeleteExternalIncomingAsync(h.License, id));
    }

    [Fact]
    public async Task Hub_steps_need_the_delivery_and_the_direction()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        var step = new TransferHubRequest { ShipmentDeliveryId = 42, TransporterDirection = "Outbound" };

        await h.Client.Transfers.ArriveAtHubAsync(h.License, [step]);
        await h.Client.Transfers.DepartHubAsync(h.License, [step]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Transfers.CheckInAtHubAsync(h.License, [step with { ShipmentDeliveryId = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Transfers.CheckOutOfHubAsync(h.License, [step with { TransporterDirection = "" }]));
    }

    [Fact]
    public async Task Drivers_and_vehicles_need_their_fields_and_updates_name_existing_ones()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        var driver = new CreateDriverRequest { Name = "Dana Driver", EmployeeId = "E-1", DriversLicenseNumber = "D-1" };
        var vehicle = new CreateVehicleRequest { Make = "Ford", Model = "Transit", LicensePlateNumber = "ABC123" };

        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Transporters.CreateDriversAsync(h.License, [driver with { DriversLicenseNumber = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Transporters.CreateVehiclesAsync(h.License, [vehicle with { LicensePlateNumber = " " }]));
        string driverId = (await h.Client.Transporters.CreateDriversAsync(h.License, [driver])).Ids.Single().ToString(System.Globalization.CultureInfo.InvariantCulture);
        string vehicleId = (await h.Client.Transporters.CreateVehiclesAsync(h.License, [vehicle])).Ids.Single().ToString(System.Globalization.CultureInfo.InvariantCulture);
        MetrcLifecycleSnapshot snapshot = h.Emulator.GetLifecycleSnapshot(MetrcState.Co, h.License);
        Assert.Equal([driverId], snapshot.Drivers!);
        Assert.Equal([vehicleId], snapshot.Vehicles!);

        await h.Client.Transporters.UpdateDriversAsync(h.License, [new UpdateDriverRequest { Id = driverId, Name = "Dana D.", EmployeeId = "E-1", DriversLicenseNumber = "D-1" }]);
        await h.Client.Transporters.UpdateVehiclesAsync(h.License, [new UpdateVehicleRequest { Id = vehicleId, Make = "Ford", Model = "E-Transit", LicensePlateNumber = "ABC123" }]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DriverNotFound, () => h.Client.Transporters.UpdateDriversAsync(h.License, [new UpdateDriverRequest { Id = "999999", Name = "X", EmployeeId = "E", DriversLicenseNumber = "D" }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.VehicleNotFound, () => h.Client.Transporters.UpdateVehiclesAsync(h.License, [new UpdateVehicleRequest { Id = "999999", Make = "X", Model = "Y", LicensePlateNumber = "Z" }]));
    }

    [Fact]
    public async Task Patients_and_check_ins_need_their_licence_and_a_period_that_ends_after_it_starts()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o => o.States.Add(MetrcState.Mo));
        EmulatedFacility missouri = h.Emulator.Facilities.First(f => f.State == MetrcState.Mo);
        IMetrcClient mo = h.ClientFor(missouri.UserKey, state: MetrcState.Mo);
        var patient = new CreatePatientRequest { LicenseNumber = "P-123", LicenseEffectiveStartDate = s_today.PlusDays(-30), LicenseEffectiveEndDate = s_today.PlusYears(1), ActualDate = s_today };
        var checkIn = new CreatePatientCheckInRequest { PatientLicenseNumber = "P-123", CheckInLocationId = 7, RegistrationStartDate = s_today.PlusDays(-30), RegistrationExpiryDate = s_today.PlusYears(1), CheckInDate = s_today };

        await h.Client.Patients.CreateAsync(h.License, [patient]);
        await mo.PatientCheckIns.CreateAsync(missouri.LicenseNumber, [checkIn]);
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => h.Client.Patients.CreateAsync(h.License, [patient with { LicenseNumber = null }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => h.Client.Patients.CreateAsync(h.License, [patient with { LicenseEffectiveEndDate = s_today.PlusDays(-31) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.DateInFuture, () => h.Client.Patients.CreateAsync(h.License, [patient with { ActualDate = s_today.PlusDays(1) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.InvalidValue, () => mo.PatientCheckIns.CreateAsync(missouri.LicenseNumber, [checkIn with { RegistrationExpiryDate = s_today.PlusDays(-31) }]));
        await RuleAssert.RejectedAsync(MetrcRuleCodes.Required, () => mo.PatientCheckIns.UpdateAsync(missouri.LicenseNumber, [new UpdatePatientCheckInRequest { PatientLicenseNumber = "P-123", CheckInLocationId = 7, RegistrationStartDate = s_today, RegistrationExpiryDate = s_today, CheckInDate = s_today }]));
    }

    internal static UpdateSalesReceiptRequest UpdateOf(long id, string package, decimal grams) => new()
    {
        Id = id,
        SalesDateTime = MinutesAgo(5),
        SalesCustomerType = "Consumer",
        Transactions = [new UpdateSalesReceiptRequestTransaction { PackageLabel = package, Quantity = grams, UnitOfMeasure = "Grams", TotalAmount = grams * 10 }],
    };

    internal static CreateSalesDeliveryRequest Delivery(string package) => new()
    {
        SalesDateTime = MinutesAgo(10),
        SalesCustomerType = "Consumer",
        DriverName = "Dana Driver",
        DriversLicenseNumber = "D-1",
        VehicleMake = "Ford",
        VehicleModel = "Transit",
        VehicleLicensePlateNumber = "ABC123",
        RecipientAddressStreet1 = "1 Main St",
        RecipientAddressCity = "Denver",
        RecipientAddressState = "CO",
        RecipientAddressPostalCode = "80202",
        PlannedRoute = "I-25 north to exit 213",
        EstimatedDepartureDateTime = MinutesAgo(5),
        EstimatedArrivalDateTime = MinutesAgo(-30),
        Transactions = [new CreateSalesTransaction { PackageLabel = package, Quantity = 2, UnitOfMeasure = "Grams", TotalAmount = 20 }],
    };

    internal static UpdateSalesDeliveryRequest UpdateOf(long id, CreateSalesDeliveryRequest d) => new()
    {
        Id = id,
        SalesDateTime = d.SalesDateTime,
        SalesCustomerType = d.SalesCustomerType,
        DriverName = d.DriverName,
        DriversLicenseNumber = d.DriversLicenseNumber,
        VehicleMake = d.VehicleMake,
        VehicleModel = d.VehicleModel,
        VehicleLicensePlateNumber = d.VehicleLicensePlateNumber,
        RecipientAddressStreet1 = d.RecipientAddressStreet1,
        RecipientAddressCity = d.RecipientAddressCity,
        RecipientAddressState = d.RecipientAddressState,
        RecipientAddressPostalCode = d.RecipientAddressPostalCode,
        PlannedRoute = d.PlannedRoute,
        EstimatedDepartureDateTime = d.EstimatedDepartureDateTime,
        EstimatedArrivalDateTime = d.EstimatedArrivalDateTime,
        Transactions = d.Transactions,
    };

    internal static UpdateOutgoingTransferRequest TemplateUpdate(long id, string recipient, params string[] packages) => new()
    {
        TransferTemplateId = id,
        Name = "M-1 (revised)",
        Destinations =
        [
            new UpdateOutgoingTransferDestinationRequest
            {
                RecipientLicenseNumber = recipient, TransferTypeName = "Wholesale Manifest",
                Packages = packages.Select(p => new UpdateOutgoingTransferPackageRequest { PackageLabel = p, WholesalePrice = 100 }).ToList(),
            },
        ],
    };

    internal static CreateExternalIncomingTransferRequest ExternalIncoming(string license) => new()
    {
        ShipperLicenseNumber = "EXT-001",
        ShipperName = "Hemp Farm",
        Destinations =
        [
            new ExternalIncomingTransferDestinationRequest
            {
                RecipientLicenseNumber = license, TransferTypeName = "Unaffiliated Transfer",
                Packages = [new ExternalIncomingTransferPackageRequest { ItemName = "Buds", Quantity = 500, UnitOfMeasureName = "Grams" }],
            },
        ],
    };

    private static CreateExternalIncomingTransferRequest WithPackage(CreateExternalIncomingTransferRequest r, Func<ExternalIncomingTransferPackageRequest, ExternalIncomingTransferPackageRequest> change) =>
        r with { Destinations = [r.Destinations![0] with { Packages = [change(r.Destinations[0].Packages![0])] }] };

    private static async Task<decimal> QuantityAsync(EmulatorHarness h, string label) => (await h.Client.Packages.GetByLabelAsync(h.License, label)).Quantity;
}
