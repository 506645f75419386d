using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;
using static Metrc.Sdk.Tests.Validation.ValidationRows;

namespace Metrc.Sdk.Tests.Validation;

/// <summary>The validator's rules for receipt updates, finalize and unfinalize, deliveries, transfer templates, external incoming transfers, hubs, transporters and patients.</summary>
public sealed class CommerceRuleTests
{
    private static readonly MetrcValidator V = Validator();

    private static readonly OffsetDateTime s_fiveMinutesAgo = Instant.FromDateTimeOffset(Now).Minus(Duration.FromMinutes(5)).WithOffset(Offset.FromHours(-6));

    private static MetrcValidationContext Strict(MetrcLifecycleSnapshot? snapshot = null) =>
        Co(snapshot) with { Rules = MetrcStateRules.For(MetrcState.Co) with { TransporterDetailsRequired = true, PatientReceiptWeightLimitGrams = 28 } };

    public static TheoryData<string, Func<MetrcValidationResult>, int, string?, string> Broken() => new()
    {
        // Stateless rules.
        { "update without id", () => V.Validate(MetrcWriteOperations.Sales.UpdateReceipts, [ReceiptUpdate() with { Id = null }], Co()), 0, "Id", MetrcRuleCodes.Required },
        { "update line over precision", () => V.Validate(MetrcWriteOperations.Sales.UpdateReceipts, [ReceiptUpdate(quantity: 0.00001m)], Co()), 0, "Transactions[0].Quantity", MetrcRuleCodes.QuantityPrecision },
        { "update line without quantity", () => V.Validate(MetrcWriteOperations.Sales.UpdateReceipts, [ReceiptUpdate() with { Transactions = [new UpdateSalesReceiptRequestTransaction { PackageLabel = PackageTag(900), UnitOfMeasure = "Grams" }] }], Co()), 0, "Transactions[0].Quantity", MetrcRuleCodes.Required },
        { "finalize id zero", () => V.Validate(MetrcWriteOperations.Sales.FinalizeReceipts, [new SalesReceiptIdRequest { Id = 0 }], Co()), 0, "Id", MetrcRuleCodes.InvalidValue },
        { "patient sale without licence", () => V.Validate(Sale() with { SalesCustomerType = "Patient" }, Co()), 0, "PatientLicenseNumber", MetrcRuleCodes.Required },
        { "patient over the limit", () => V.Validate(Sale() with { SalesCustomerType = "Patient", PatientLicenseNumber = "P-1", Transactions = [Sale().Transactions[0] with { Quantity = 1.01m, UnitOfMeasure = "Ounces" }] }, Strict()), 0, "Transactions", MetrcRuleCodes.PatientLimitExceeded },
        { "delivery without route", () => V.Validate(MetrcWriteOperations.Sales.CreateDeliveries, [Delivery() with { PlannedRoute = "" }], Co()), 0, "PlannedRoute", MetrcRuleCodes.Required },
        { "delivery without address", () => V.Validate(MetrcWriteOperations.Sales.CreateDeliveries, [Delivery() with { RecipientAddressPostalCode = null }], Co()), 0, "RecipientAddressPostalCode", MetrcRuleCodes.Required },
        { "delivery without departure", () => V.Validate(MetrcWriteOperations.Sales.CreateDeliveries, [Delivery() with { EstimatedDepartureDateTime = null }], Co()), 0, "EstimatedDepartureDateTime", MetrcRuleCodes.Required },
        { "delivery arriving before it leaves", () => V.Validate(MetrcWriteOperations.Sales.CreateDeliveries, [Delivery() with { EstimatedArrivalDateTime = s_fiveMinutesAgo.Minus(Duration.FromMinutes(1)) }], Co()), 0, "EstimatedArrivalDateTime", MetrcRuleCodes.InvalidValue },
        { "delivery without plate", () => V.Validate(MetrcWriteOperations.Sales.CreateDeliveries, [Delivery() with { VehicleLicensePlateNumber = null }], Strict()), 0, "VehicleLicensePlateNumber", MetrcRuleCodes.TransporterDetailsRequired },
        { "patient delivery over the limit", () => V.Validate(MetrcWriteOperations.Sales.CreateDeliveries, [Delivery(grams: 29) with { SalesCustomerType = "Caregiver", PatientLicenseNumber = "P-1" }], Strict()), 0, "Transactions", MetrcRuleCodes.PatientLimitExceeded },
        { "complete without arrival", () => V.Validate(MetrcWriteOperations.Sales.CompleteDeliveries, [new CompleteSalesDeliveryRequest { Id = 600 }], Co()), 0, "ActualArrivalDateTime", MetrcRuleCodes.Required },
        { "complete with a bad label", () => V.Validate(MetrcWriteOperations.Sales.CompleteDeliveries, [new CompleteSalesDeliveryRequest { Id = 600, ActualArrivalDateTime = s_fiveMinutesAgo, AcceptedPackages = ["1A4-short"] }], Co()), 0, "AcceptedPackages[0]", MetrcRuleCodes.TagFormat },
        { "manifest without driver", () => V.Validate(Transfer(), Strict()), 0, "DriverName", MetrcRuleCodes.TransporterDetailsRequired },
        { "manifest arriving before it leaves", () => V.Validate(Transfer() with { Destinations = [Transfer().Destinations[0] with { EstimatedDepartureDateTime = s_fiveMinutesAgo, EstimatedArrivalDateTime = s_fiveMinutesAgo.Minus(Duration.FromHours(1)) }] }, Co()), 0, "Destinations[0].EstimatedArrivalDateTime", MetrcRuleCodes.InvalidValue },
        { "template update without id", () => V.Validate(MetrcWriteOperations.Transfers.UpdateOutgoingTemplates, [TemplateUpdate() with { TransferTemplateId = null }], Co()), 0, "TransferTemplateId", MetrcRuleCodes.Required },
        { "template update of 201 packages", () => V.Validate(MetrcWriteOperations.Transfers.UpdateOutgoingTemplates, [TemplateUpdate([.. Enumerable.Range(1000, 201)])], Co()), 0, "Destinations", MetrcRuleCodes.TransferTooManyPackages },
        { "template update without type", () => V.Validate(MetrcWriteOperations.Transfers.UpdateOutgoingTemplates, [TemplateUpdate() with { Destinations = [TemplateUpdate().Destinations![0] with { TransferTypeName = null }] }], Co()), 0, "Destinations[0].TransferTypeName", MetrcRuleCodes.Required },
        { "external incoming without shipper", () => V.Validate(MetrcWriteOperations.Transfers.CreateExternalIncoming, [ExternalIncoming() with { ShipperName = " " }], Co()), 0, "ShipperName", MetrcRuleCodes.Required },
        { "external incoming of zero grams", () => V.Validate(MetrcWriteOperations.Transfers.CreateExternalIncoming, [ExternalIncoming(quantity: 0)], Co()), 0, "Destinations[0].Packages[0].Quantity", MetrcRuleCodes.QuantityPositive },
        { "external incoming without packages", () => V.Validate(MetrcWriteOperations.Transfers.CreateExternalIncoming, [ExternalIncoming() with { Destinations = [ExternalIncoming().Destinations![0] with { Packages = [] }] }], Co()), 0, "Destinations[0].Packages", MetrcRuleCodes.Required },
        { "hub without delivery", () => V.Validate(MetrcWriteOperations.Transfers.ArriveAtHub, [new TransferHubRequest { TransporterDirection = "Outbound" }], Co()), 0, "ShipmentDeliveryId", MetrcRuleCodes.Required },
        { "hub without direction", () => V.Validate(MetrcWriteOperations.Transfers.DepartHub, [new TransferHubRequest { ShipmentDeliveryId = 1 }], Co()), 0, "TransporterDirection", MetrcRuleCodes.Required },
        { "driver without licence", () => V.Validate(MetrcWriteOperations.Transporters.CreateDrivers, [new CreateDriverRequest { Name = "Dana", EmployeeId = "E-1" }], Co()), 0, "DriversLicenseNumber", MetrcRuleCodes.Required },
        { "vehicle without plate", () => V.Validate(MetrcWriteOperations.Transporters.CreateVehicles, [new CreateVehicleRequest { Make = "Ford", Model = "Transit" }], Co()), 0, "LicensePlateNumber", MetrcRuleCodes.Required },
        { "patient period ending before it starts", () => V.Validate(MetrcWriteOperations.Patients.Create, [Patient() with { LicenseEffectiveEndDate = Today.PlusDays(-60) }], Co()), 0, "LicenseEffectiveEndDate", MetrcRuleCodes.InvalidValue },
        { "patient change tomorrow", () => V.Validate(MetrcWriteOperations.Patients.Update, [new UpdatePatientRequest { LicenseNumber = "P-1", LicenseEffectiveStartDate = Today, LicenseEffectiveEndDate = Today, ActualDate = Today.PlusDays(1) }], Co()), 0, "ActualDate", MetrcRuleCodes.DateInFuture },
        { "check-in without location", () => V.Validate(MetrcWriteOperations.PatientCheckIns.Create, [CheckIn() with { CheckInLocationId = null }], Co()), 0, "CheckInLocationId", MetrcRuleCodes.Required },
        { "check-in update without id", () => V.Validate(MetrcWriteOperations.PatientCheckIns.Update, [new UpdatePatientCheckInRequest { PatientLicenseNumber = "P-1", CheckInLocationId = 7, RegistrationStartDate = Today, RegistrationExpiryDate = Today, CheckInDate = Today }], Co()), 0, "Id", MetrcRuleCodes.Required },

        // Stateful rules against CommerceSnapshot().
        { "update of an unknown receipt", () => V.Validate(MetrcWriteOperations.Sales.UpdateReceipts, [ReceiptUpdate(id: 999)], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.ReceiptNotFound },
        { "update of a finalized receipt", () => V.Validate(MetrcWriteOperations.Sales.UpdateReceipts, [ReceiptUpdate(id: 501)], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.ReceiptFinalized },
        { "update over stock plus what the receipt holds", () => V.Validate(MetrcWriteOperations.Sales.UpdateReceipts, [ReceiptUpdate(quantity: 150.5m)], Co(CommerceSnapshot())), 0, "Transactions[0].Quantity", MetrcRuleCodes.QuantityExceedsAvailable },
        { "update selling a finished package", () => V.Validate(MetrcWriteOperations.Sales.UpdateReceipts, [ReceiptUpdate(tag: 901)], Co(CommerceSnapshot())), 0, "Transactions[0].PackageLabel", MetrcRuleCodes.PackageFinished },
        { "finalize twice", () => V.Validate(MetrcWriteOperations.Sales.FinalizeReceipts, [new SalesReceiptIdRequest { Id = 501 }], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.ReceiptFinalized },
        { "finalize an unknown receipt", () => V.Validate(MetrcWriteOperations.Sales.FinalizeReceipts, [new SalesReceiptIdRequest { Id = 999 }], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.ReceiptNotFound },
        { "unfinalize an open receipt", () => V.Validate(MetrcWriteOperations.Sales.UnfinalizeReceipts, [new SalesReceiptIdRequest { Id = 500 }], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.ReceiptNotFinalized },
        { "delivery of a package on hold", () => V.Validate(MetrcWriteOperations.Sales.CreateDeliveries, [Delivery(tag: 902)], Co(CommerceSnapshot())), 0, "Transactions[0].PackageLabel", MetrcRuleCodes.PackageOnHold },
        { "update of an unknown delivery", () => V.Validate(MetrcWriteOperations.Sales.UpdateDeliveries, [DeliveryUpdate(999)], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.DeliveryNotFound },
        { "update of a completed delivery", () => V.Validate(MetrcWriteOperations.Sales.UpdateDeliveries, [DeliveryUpdate(601)], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.DeliveryCompleted },
        { "complete twice", () => V.Validate(MetrcWriteOperations.Sales.CompleteDeliveries, [new CompleteSalesDeliveryRequest { Id = 601, ActualArrivalDateTime = s_fiveMinutesAgo }], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.DeliveryCompleted },
        { "update of an unknown template", () => V.Validate(MetrcWriteOperations.Transfers.UpdateOutgoingTemplates, [TemplateUpdate() with { TransferTemplateId = 999 }], Co(CommerceSnapshot())), 0, "TransferTemplateId", MetrcRuleCodes.TransferTemplateNotFound },
        { "template taking another manifest's package", () => V.Validate(MetrcWriteOperations.Transfers.UpdateOutgoingTemplates, [TemplateUpdate(903) with { TransferTemplateId = 701 }], Co(CommerceSnapshot())), 0, "Destinations[0].Packages[0].PackageLabel", MetrcRuleCodes.PackageInTransit },
        { "external incoming of an unknown item", () => V.Validate(MetrcWriteOperations.Transfers.CreateExternalIncoming, [ExternalIncoming(item: "Moon Rocks")], Co(CommerceSnapshot())), 0, "Destinations[0].Packages[0].ItemName", MetrcRuleCodes.ItemNotFound },
        { "external incoming of gummies in grams", () => V.Validate(MetrcWriteOperations.Transfers.CreateExternalIncoming, [ExternalIncoming(item: "Gummies")], Co(CommerceSnapshot())), 0, "Destinations[0].Packages[0].UnitOfMeasureName", MetrcRuleCodes.UnitIncompatible },
        { "update of an unknown external transfer", () => V.Validate(MetrcWriteOperations.Transfers.UpdateExternalIncoming, [ExternalUpdate(999)], Co(CommerceSnapshot())), 0, "TransferId", MetrcRuleCodes.TransferNotFound },
        { "update of an unknown driver", () => V.Validate(MetrcWriteOperations.Transporters.UpdateDrivers, [new UpdateDriverRequest { Id = "D-9", Name = "Dana", EmployeeId = "E-1", DriversLicenseNumber = "L-1" }], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.DriverNotFound },
        { "update of an unknown vehicle", () => V.Validate(MetrcWriteOperations.Transporters.UpdateVehicles, [new UpdateVehicleRequest { Id = "V-9", Make = "Ford", Model = "Transit", LicensePlateNumber = "ABC123" }], Co(CommerceSnapshot())), 0, "Id", MetrcRuleCodes.VehicleNotFound },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_row_that_breaks_a_commerce_rule_is_reported_with_its_row_field_and_code(string name, Func<MetrcValidationResult> validate, int row, string? field, string code)
    {
        MetrcValidationResult result = validate();

        Assert.False(result.IsValid, name);
        Assert.Contains(result.Issues, i => i.RowIndex == row && i.Field == field && i.Code == code && i.Severity == MetrcValidationSeverity.Error);
    }

    [Fact]
    public void Valid_rows_of_every_commerce_write_pass_without_and_with_a_snapshot_and_strict_state_rules()
    {
        foreach (MetrcValidationContext context in new[] { Co(), Co(CommerceSnapshot()), Strict(CommerceSnapshot()) })
        {
            AssertClean(V.Validate(MetrcWriteOperations.Sales.UpdateReceipts, [ReceiptUpdate(quantity: 150)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Sales.FinalizeReceipts, [new SalesReceiptIdRequest { Id = 500 }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Sales.UnfinalizeReceipts, [new SalesReceiptIdRequest { Id = 501 }], context));
            AssertClean(V.Validate(Sale() with { SalesCustomerType = "Patient", PatientLicenseNumber = "P-1", Transactions = [Sale().Transactions[0] with { Quantity = 28 }] }, context));
            AssertClean(V.Validate(MetrcWriteOperations.Sales.CreateDeliveries, [Delivery(grams: 28) with { SalesCustomerType = "Patient", PatientLicenseNumber = "P-1" }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Sales.UpdateDeliveries, [DeliveryUpdate(600)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Sales.CompleteDeliveries, [new CompleteSalesDeliveryRequest { Id = 600, ActualArrivalDateTime = s_fiveMinutesAgo, AcceptedPackages = [PackageTag(900)] }], context));
            AssertClean(V.Validate(Transfer(900) with { DriverName = "Dana", DriverLicenseNumber = "L-1", VehicleMake = "Ford", VehicleModel = "Transit", VehicleLicensePlateNumber = "ABC123" }, context));
            AssertClean(V.Validate(MetrcWriteOperations.Transfers.UpdateOutgoingTemplates, [TemplateUpdate(903, 900)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Transfers.CreateExternalIncoming, [ExternalIncoming()], context));
            AssertClean(V.Validate(MetrcWriteOperations.Transfers.UpdateExternalIncoming, [ExternalUpdate(800)], context));
            AssertClean(V.Validate(MetrcWriteOperations.Transfers.CheckInAtHub, [new TransferHubRequest { ShipmentDeliveryId = 1, TransporterDirection = "Inbound" }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Transporters.CreateDrivers, [new CreateDriverRequest { Name = "Dana", EmployeeId = "E-1", DriversLicenseNumber = "L-1" }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Transporters.UpdateDrivers, [new UpdateDriverRequest { Id = "D-1", Name = "Dana", EmployeeId = "E-1", DriversLicenseNumber = "L-1" }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Transporters.UpdateVehicles, [new UpdateVehicleRequest { Id = "V-1", Make = "Ford", Model = "Transit", LicensePlateNumber = "ABC123" }], context));
            AssertClean(V.Validate(MetrcWriteOperations.Patients.Create, [Patient()], context));
            AssertClean(V.Validate(MetrcWriteOperations.PatientCheckIns.Create, [CheckIn()], context));
        }
    }

    [Fact]
    public void Transporter_details_and_patient_limits_are_off_by_default()
    {
        Assert.False(MetrcStateRules.For(MetrcState.Co).TransporterDetailsRequired);
        Assert.Null(MetrcStateRules.For(MetrcState.Ok).PatientReceiptWeightLimitGrams);
        AssertClean(V.Validate(MetrcWriteOperations.Sales.CreateDeliveries, [Delivery(grams: 99) with { DriverName = null, SalesCustomerType = "Patient", PatientLicenseNumber = "P-1" }], Co()));
    }

    private static void AssertClean(MetrcValidationResult result) => Assert.True(result.IsValid, string.Join("; ", result.Issues.Select(i => $"{i.RowIndex} {i.Field} {i.Code}: {i.Message}")));

    private static UpdateSalesReceiptRequest ReceiptUpdate(long id = 500, int tag = 900, decimal quantity = 1) => new()
    {
        Id = id,
        SalesDateTime = s_fiveMinutesAgo,
        SalesCustomerType = "Consumer",
        ExternalReceiptNumber = "R-1",
        Transactions = [new UpdateSalesReceiptRequestTransaction { PackageLabel = PackageTag(tag), Quantity = quantity, UnitOfMeasure = "Grams", TotalAmount = 10 }],
    };

    private static CreateSalesDeliveryRequest Delivery(int tag = 900, decimal grams = 1) => new()
    {
        SalesDateTime = s_fiveMinutesAgo,
        SalesCustomerType = "Consumer",
        DriverName = "Dana",
        DriversLicenseNumber = "L-1",
        VehicleMake = "Ford",
        VehicleModel = "Transit",
        VehicleLicensePlateNumber = "ABC123",
        RecipientAddressStreet1 = "1 Main St",
        RecipientAddressCity = "Denver",
        RecipientAddressState = "CO",
        RecipientAddressPostalCode = "80202",
        PlannedRoute = "I-25 north",
        EstimatedDepartureDateTime = s_fiveMinutesAgo,
        EstimatedArrivalDateTime = s_fiveMinutesAgo.Plus(Duration.FromMinutes(40)),
        Transactions = [new CreateSalesTransaction { PackageLabel = PackageTag(tag), Quantity = grams, UnitOfMeasure = "Grams", TotalAmount = 10 }],
    };

    private static UpdateSalesDeliveryRequest DeliveryUpdate(long id)
    {
        CreateSalesDeliveryRequest d = Delivery();
        return new UpdateSalesDeliveryRequest
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
    }

    private static UpdateOutgoingTransferRequest TemplateUpdate(params int[] tags) => new()
    {
        TransferTemplateId = 700,
        Name = "M-1",
        DriverName = "Dana",
        DriverLicenseNumber = "L-1",
        VehicleMake = "Ford",
        VehicleModel = "Transit",
        VehicleLicensePlateNumber = "ABC123",
        Destinations =
        [
            new UpdateOutgoingTransferDestinationRequest
            {
                RecipientLicenseNumber = "CO-LIC-0002", TransferTypeName = "Wholesale Manifest",
                Packages = [.. (tags.Length == 0 ? [900] : tags).Select(t => new UpdateOutgoingTransferPackageRequest { PackageLabel = PackageTag(t) })],
            },
        ],
    };

    private static CreateExternalIncomingTransferRequest ExternalIncoming(string item = "Buds", decimal quantity = 500) => new()
    {
        ShipperLicenseNumber = "EXT-1",
        ShipperName = "Hemp Farm",
        DriverName = "Dana",
        DriverLicenseNumber = "L-1",
        VehicleMake = "Ford",
        VehicleModel = "Transit",
        VehicleLicensePlateNumber = "ABC123",
        Destinations =
        [
            new ExternalIncomingTransferDestinationRequest
            {
                RecipientLicenseNumber = License, TransferTypeName = "Unaffiliated Transfer",
                Packages = [new ExternalIncomingTransferPackageRequest { ItemName = item, Quantity = quantity, UnitOfMeasureName = "Grams" }],
            },
        ],
    };

    private static UpdateExternalIncomingTransferRequest ExternalUpdate(long id)
    {
        CreateExternalIncomingTransferRequest r = ExternalIncoming();
        return new UpdateExternalIncomingTransferRequest
        {
            TransferId = id,
            ShipperLicenseNumber = r.ShipperLicenseNumber,
            ShipperName = r.ShipperName,
            DriverName = r.DriverName,
            DriverLicenseNumber = r.DriverLicenseNumber,
            VehicleMake = r.VehicleMake,
            VehicleModel = r.VehicleModel,
            VehicleLicensePlateNumber = r.VehicleLicensePlateNumber,
            Destinations = [new UpdateExternalIncomingTransferDestinationRequest { RecipientLicenseNumber = License, TransferTypeName = "Unaffiliated Transfer", Packages = r.Destinations![0].Packages }],
        };
    }

    private static CreatePatientRequest Patient() => new()
    {
        LicenseNumber = "P-1",
        LicenseEffectiveStartDate = Today.PlusDays(-30),
        LicenseEffectiveEndDate = Today.PlusYears(1),
        ActualDate = Today,
    };

    private static CreatePatientCheckInRequest CheckIn() => new()
    {
        PatientLicenseNumber = "P-1",
        CheckInLocationId = 7,
        RegistrationStartDate = Today.PlusDays(-30),
        RegistrationExpiryDate = Today.PlusYears(1),
        CheckInDate = Today,
    };

    /// <summary>
    /// <see cref="ValidationRows.Snapshot"/> plus: receipt 500 open (it took 50 g of package 900), 501 finalized;
    /// delivery 600 open, 601 completed; template 700 holding package 903 (in transit), 701 empty; external transfer 800;
    /// driver D-1; vehicle V-1.
    /// </summary>
    private static MetrcLifecycleSnapshot CommerceSnapshot()
    {
        MetrcLifecycleSnapshot s = Snapshot();
        return new MetrcLifecycleSnapshot
        {
            LicenseNumber = s.LicenseNumber,
            Tags = s.Tags,
            Plants = s.Plants,
            Packages = s.Packages,
            Items = s.Items,
            LicenseStartDate = s.LicenseStartDate,
            Receipts = new Dictionary<long, MetrcReceiptInfo>
            {
                [500] = new(false) { PackageQuantities = new Dictionary<string, decimal> { [PackageTag(900)] = 50 } },
                [501] = new(true),
            },
            SalesDeliveries = new Dictionary<long, bool> { [600] = false, [601] = true },
            TransferTemplates = new Dictionary<long, IReadOnlyList<string>> { [700] = [PackageTag(903)], [701] = [] },
            ExternalIncomingTransfers = new HashSet<long> { 800 },
            Drivers = new HashSet<string> { "D-1" },
            Vehicles = new HashSet<string> { "V-1" },
        };
    }
}
