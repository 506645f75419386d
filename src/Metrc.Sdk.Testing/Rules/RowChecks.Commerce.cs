using System.Diagnostics.CodeAnalysis;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Endpoints;
using NodaTime;

namespace Metrc.Sdk.Testing.Rules;

// Sales, deliveries, transfers, transporters and patients.
internal sealed partial class RowChecks
{
    public MetrcStateRules Rules => Store.RulesFor(State);

    public static bool IsPatientCustomer(string? customerType) =>
        string.Equals(customerType, "Patient", StringComparison.OrdinalIgnoreCase) || string.Equals(customerType, "Caregiver", StringComparison.OrdinalIgnoreCase);

    /// <summary>A required Metrc id.</summary>
    public bool Id(int row, string field, long? id)
    {
        if (id is null)
        {
            Errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
            return false;
        }

        if (id > 0)
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.InvalidValue, $"{field} {id} is not a Metrc id.");
        return false;
    }

    /// <summary>A required timestamp: not in the future, its date in the state's zone not before the licence start.</summary>
    public bool Timestamp(int row, string field, DateTimeOffset? value)
    {
        if (value is not { } at)
        {
            Errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
            return false;
        }

        if (at > Store.Now)
        {
            Errors.Add(row, MetrcRuleCodes.DateInFuture, $"{field} {at:O} cannot be in the future.");
            return false;
        }

        DateTimeZone zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(Rules.TimeZoneId) ?? DateTimeZone.Utc;
        if (Instant.FromDateTimeOffset(at).InZone(zone).Date.ToDateOnly() < Facility.LicenseStart)
        {
            Errors.Add(row, MetrcRuleCodes.DateBeforeLicense, $"{field} {at:O} is before the licence start date.");
            return false;
        }

        return true;
    }

    /// <summary>A required date that may lie in the future (an expiry).</summary>
    public bool RequiredDate(int row, string field, DateOnly? value)
    {
        if (value is not null)
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
        return false;
    }

    /// <summary>When both are given, the end is not before the start.</summary>
    public bool DateRange(int row, string endField, DateOnly? start, DateOnly? end)
    {
        if (start is not { } s || end is not { } e || e >= s)
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.InvalidValue, $"{endField} {e:yyyy-MM-dd} is before the start {s:yyyy-MM-dd}.");
        return false;
    }

    /// <summary>The customer type, and the patient's licence number for a patient or caregiver sale.</summary>
    public bool Customer(int row, string? customerType, string? patientLicenseNumber) =>
        Required(row, "SalesCustomerType", customerType)
        && (!IsPatientCustomer(customerType) || Required(row, "PatientLicenseNumber", patientLicenseNumber));

    /// <summary>A destination of a manifest or external incoming transfer: recipient, transfer type, departure before arrival, at least one package.</summary>
    public bool Destination<TPackage>(int row, string? recipientLicenseNumber, string? transferTypeName, DateTimeOffset? departure, DateTimeOffset? arrival, [NotNullWhen(true)] IReadOnlyCollection<TPackage>? packages)
    {
        if (!Required(row, "Destinations.RecipientLicenseNumber", recipientLicenseNumber)
            || !Required(row, "Destinations.TransferTypeName", transferTypeName)
            || !DepartureBeforeArrival(row, "Destinations.EstimatedArrivalDateTime", departure, arrival))
        {
            return false;
        }

        if (packages is { Count: > 0 })
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.Required, "Each destination needs packages.");
        return false;
    }

    /// <summary>When both are given, the estimated arrival is not before the estimated departure.</summary>
    public bool DepartureBeforeArrival(int row, string arrivalField, DateTimeOffset? departure, DateTimeOffset? arrival)
    {
        if (departure is not { } d || arrival is not { } a || a >= d)
        {
            return true;
        }

        Errors.Add(row, MetrcRuleCodes.InvalidValue, $"{arrivalField} is before EstimatedDepartureDateTime.");
        return false;
    }

    /// <summary>Where the state requires them, the driver's name and licence and the vehicle's make, model and plate.</summary>
    public bool TransporterDetails(int row, string licenseField, string? driverName, string? driverLicense, string? make, string? model, string? plate)
    {
        if (!Rules.TransporterDetailsRequired)
        {
            return true;
        }

        foreach ((string field, string? value) in new[] { ("DriverName", driverName), (licenseField, driverLicense), ("VehicleMake", make), ("VehicleModel", model), ("VehicleLicensePlateNumber", plate) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Errors.Add(row, MetrcRuleCodes.TransporterDetailsRequired, $"{field} is required for a transport in this state.");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The lines of a sale: usable packages, positive quantities in the package's unit within what each holds (plus what
    /// <paramref name="credit"/>, the lines of the receipt being updated, gives back), and a patient's weight limit.
    /// </summary>
    public List<(PackageData Package, ReceiptTransactionRow Line)>? SaleLines(int row, List<ReceiptTransactionRow>? lines, string? customerType, List<ReceiptLineData>? credit = null)
    {
        if (lines is not { Count: > 0 })
        {
            Errors.Add(row, MetrcRuleCodes.Required, "Transactions are required.");
            return null;
        }

        var taken = new List<(PackageData Package, ReceiptTransactionRow Line)>();
        decimal grams = 0;
        foreach (ReceiptTransactionRow line in lines)
        {
            PackageData? package = UsablePackage(row, "Transactions.PackageLabel", line.PackageLabel);
            if (package is null || !LabTestAllowsUse(row, package, Rules.LabTestRequiredForSale, "sale") || !Positive(row, "Transactions.Quantity", line.Quantity))
            {
                return null;
            }

            if (line.TotalAmount < 0)
            {
                Errors.Add(row, MetrcRuleCodes.InvalidValue, "TotalAmount must not be negative.");
                return null;
            }

            if (!string.Equals(line.UnitOfMeasure, package.Unit, StringComparison.OrdinalIgnoreCase))
            {
                Errors.Add(row, MetrcRuleCodes.UnitIncompatible, $"Unit '{line.UnitOfMeasure}' does not match package {package.Label} ({package.Unit}).");
                return null;
            }

            decimal givenBack = credit?.Where(l => l.PackageId == package.Id).Sum(l => l.Quantity) ?? 0;
            decimal soldEarlier = taken.Where(l => l.Package == package).Sum(l => l.Line.Quantity!.Value);
            if (line.Quantity > package.Quantity + givenBack - soldEarlier)
            {
                Errors.Add(row, MetrcRuleCodes.QuantityExceedsAvailable, $"Package {package.Label} holds {package.Quantity + givenBack - soldEarlier} {package.Unit}, less than {line.Quantity}.");
                return null;
            }

            grams += MetrcWeights.TryToGrams(line.Quantity!.Value, line.UnitOfMeasure, out decimal g) ? g : 0;
            taken.Add((package, line));
        }

        if (IsPatientCustomer(customerType) && Rules.PatientReceiptWeightLimitGrams is { } limit && grams > limit)
        {
            Errors.Add(row, MetrcRuleCodes.PatientLimitExceeded, $"A patient sale may hold at most {limit} g; this one holds {grams:0.####} g.");
            return null;
        }

        return taken;
    }

    /// <summary>Takes the lines' quantities from their packages; returns the receipt lines.</summary>
    public List<ReceiptLineData> Take(List<(PackageData Package, ReceiptTransactionRow Line)> lines)
    {
        var taken = new List<ReceiptLineData>(lines.Count);
        foreach ((PackageData package, ReceiptTransactionRow line) in lines)
        {
            package.Quantity -= line.Quantity!.Value;
            package.LastModified = Store.Now;
            Facility.Items.TryGetValue(package.Item, out ItemData? item);
            taken.Add(new ReceiptLineData
            {
                PackageId = package.Id,
                PackageLabel = package.Label,
                ProductName = package.Item,
                ProductCategoryName = item?.Category ?? string.Empty,
                Quantity = line.Quantity.Value,
                Unit = package.Unit,
                TotalPrice = line.TotalAmount ?? 0,
            });
        }

        return taken;
    }

    /// <summary>Gives a receipt's quantities back to its packages (a void, or an update before the new lines are taken).</summary>
    public void GiveBack(List<ReceiptLineData> lines)
    {
        foreach (ReceiptLineData line in lines)
        {
            if (Facility.Packages.TryGetValue(line.PackageLabel, out PackageData? package))
            {
                package.Quantity += line.Quantity;
                package.LastModified = Store.Now;
            }
        }
    }

    /// <summary>A receipt of the facility by id; with <paramref name="open"/>, one that is not finalized.</summary>
    public ReceiptData? Receipt(int row, long? id, bool open)
    {
        if (!Id(row, "Id", id))
        {
            return null;
        }

        ReceiptData? receipt = Facility.Receipts.FirstOrDefault(r => r.Id == id);
        if (receipt is null)
        {
            Errors.Add(row, MetrcRuleCodes.ReceiptNotFound, $"Sales receipt {id} was not found.");
            return null;
        }

        if (open && receipt.IsFinal)
        {
            Errors.Add(row, MetrcRuleCodes.ReceiptFinalized, $"Sales receipt {id} is finalized; unfinalize it first.");
            return null;
        }

        return receipt;
    }

    /// <summary>A sales delivery of the facility by id that is not completed.</summary>
    public SalesDeliveryData? OpenDelivery(int row, long? id)
    {
        if (!Id(row, "Id", id))
        {
            return null;
        }

        SalesDeliveryData? delivery = Facility.SalesDeliveries.FirstOrDefault(d => d.Id == id);
        if (delivery is null)
        {
            Errors.Add(row, MetrcRuleCodes.DeliveryNotFound, $"Sales delivery {id} was not found.");
            return null;
        }

        if (delivery.Completed)
        {
            Errors.Add(row, MetrcRuleCodes.DeliveryCompleted, $"Sales delivery {id} is completed.");
            return null;
        }

        return delivery;
    }

    /// <summary>A record found by id in <paramref name="known"/>, or <paramref name="code"/>.</summary>
    public T? Find<T>(int row, string field, string? id, Func<string, T?> known, string code, string what)
        where T : class
    {
        if (!Required(row, field, id))
        {
            return null;
        }

        if (known(id!) is { } found)
        {
            return found;
        }

        Errors.Add(row, code, $"{what} {id} was not found.");
        return null;
    }

    /// <summary>A record of <paramref name="records"/> with a valid required <paramref name="id"/>, or <paramref name="code"/>.</summary>
    public T? Record<T>(int row, string field, long? id, IEnumerable<T> records, Func<T, long> idOf, string code, string what)
        where T : class
    {
        if (!Id(row, field, id))
        {
            return null;
        }

        if (records.FirstOrDefault(r => idOf(r) == id) is { } found)
        {
            return found;
        }

        Errors.Add(row, code, $"{what} {id} was not found.");
        return null;
    }
}
