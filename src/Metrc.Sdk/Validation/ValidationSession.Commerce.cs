using System.Diagnostics.CodeAnalysis;
using Metrc.Sdk.Lifecycle;
using NodaTime;

namespace Metrc.Sdk.Validation;

/// <summary>One line of a sale (receipt, delivery), whichever request type carries it.</summary>
internal readonly record struct SaleLine(string? PackageLabel, decimal? Quantity, string? UnitOfMeasure, decimal? TotalAmount);

/// <summary>The fields of one destination of a transfer (licensed manifest or external incoming), whichever request type carries it.</summary>
internal readonly record struct TransferDestinationFields(string? RecipientLicenseNumber, string? TransferTypeName, OffsetDateTime? EstimatedDepartureDateTime, OffsetDateTime? EstimatedArrivalDateTime);

// Checks of sales, deliveries, transfers, transporters and patients.
internal sealed partial class ValidationSession
{
    /// <summary>Whether the customer type is one that buys against a patient registration (Patient, Caregiver).</summary>
    public static bool IsPatientCustomer(string? customerType) =>
        string.Equals(customerType, "Patient", StringComparison.OrdinalIgnoreCase) || string.Equals(customerType, "Caregiver", StringComparison.OrdinalIgnoreCase);

    /// <summary>The customer type is required; a patient or caregiver sale also needs the patient's licence number.</summary>
    public void Customer(int row, string? customerType, string? patientLicenseNumber)
    {
        if (Required(row, "SalesCustomerType", customerType) && IsPatientCustomer(customerType))
        {
            Required(row, "PatientLicenseNumber", patientLicenseNumber);
        }
    }


    /// <summary>A required Metrc id (a positive number).</summary>
    public bool RequiredId(int row, FieldPath field, [NotNullWhen(true)] long? id)
    {
        if (id is null)
        {
            Report(row, field, MetrcRuleCodes.Required, $"{field.Name} is required.");
            return false;
        }

        if (id > 0)
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.InvalidValue, $"{field.Name} {id} is not a Metrc id.");
        return false;
    }

    /// <summary>A required id that, when <paramref name="known"/> is set, is one of them; reports <paramref name="code"/> otherwise.</summary>
    public bool KnownId<TKey>(int row, FieldPath field, TKey id, IReadOnlySet<TKey>? known, string code, string what)
    {
        if (known is null || known.Contains(id))
        {
            return true;
        }

        Report(row, field, code, $"{what} {id} was not found.");
        return false;
    }

    /// <summary>A receipt id that is set and, with a snapshot listing receipts, names a receipt; the receipt when known.</summary>
    public MetrcReceiptInfo? Receipt(int row, FieldPath field, long? id)
    {
        if (!RequiredId(row, field, id) || Snapshot?.Receipts is not { } receipts)
        {
            return null;
        }

        if (receipts.TryGetValue(id.Value, out MetrcReceiptInfo? receipt))
        {
            return receipt;
        }

        Report(row, field, MetrcRuleCodes.ReceiptNotFound, $"Sales receipt {id} was not found.");
        return null;
    }

    /// <summary>A receipt that exists (when known) and is not finalized.</summary>
    public MetrcReceiptInfo? OpenReceipt(int row, FieldPath field, long? id)
    {
        MetrcReceiptInfo? receipt = Receipt(row, field, id);
        if (receipt is { IsFinal: true })
        {
            Report(row, field, MetrcRuleCodes.ReceiptFinalized, $"Sales receipt {id} is finalized; unfinalize it first.");
            return null;
        }

        return receipt;
    }

    /// <summary>A delivery id that is set and, with a snapshot listing deliveries, names a delivery that is not completed.</summary>
    public bool OpenDelivery(int row, FieldPath field, long? id)
    {
        if (!RequiredId(row, field, id) || Snapshot?.SalesDeliveries is not { } deliveries)
        {
            return id is not null;
        }

        if (!deliveries.TryGetValue(id.Value, out bool completed))
        {
            Report(row, field, MetrcRuleCodes.DeliveryNotFound, $"Sales delivery {id} was not found.");
            return false;
        }

        if (completed)
        {
            Report(row, field, MetrcRuleCodes.DeliveryCompleted, $"Sales delivery {id} is completed.");
            return false;
        }

        return true;
    }

    /// <summary>The lines of a sale: each names a usable package, a positive quantity in the package's unit within what it holds
    /// (plus what <paramref name="credit"/> gives back), and, for a patient, the total weight within the state's limit.</summary>
    public void SaleLines<TLine>(int row, string list, IReadOnlyList<TLine?>? lines, Func<TLine, SaleLine> read, string? customerType, IReadOnlyDictionary<string, decimal>? credit = null)
        where TLine : class
    {
        if (!RequiredList(row, list, lines))
        {
            return;
        }

        var read0 = new SaleLine?[lines.Count];
        decimal grams = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            FieldPath label = FieldPath.Item(list, i, "PackageLabel");
            if (!RequiredItem(row, label, lines[i], "Transaction"))
            {
                continue;
            }

            SaleLine line = read(lines[i]!);
            read0[i] = line;
            FieldPath quantity = FieldPath.Item(list, i, "Quantity");
            FieldPath unit = FieldPath.Item(list, i, "UnitOfMeasure");
            bool quantityOk = line.Quantity is { } q ? Positive(row, quantity, q) : Required(row, quantity, null);
            Unit(row, unit, line.UnitOfMeasure, null);
            if (line.TotalAmount < 0)
            {
                Report(row, FieldPath.Item(list, i, "TotalAmount"), MetrcRuleCodes.InvalidValue, "TotalAmount must not be negative.");
            }

            if (quantityOk && MetrcWeights.TryToGrams(line.Quantity!.Value, line.UnitOfMeasure, out decimal g))
            {
                grams += g;
            }

            if (!TagFormat(row, label, line.PackageLabel) || UsablePackage(row, label, line.PackageLabel!) is not { } package)
            {
                continue;
            }

            LabTest(row, label, Rules.LabTestRequiredForSale, line.PackageLabel!, package, "sale");
            SameUnit(row, unit, line.UnitOfMeasure, line.PackageLabel!, package);
            if (quantityOk)
            {
                decimal back = credit is not null && credit.TryGetValue(line.PackageLabel!, out decimal given) ? given : 0;
                MetrcPackageInfo holding = back == 0 || package.Quantity is not { } onHand ? package : package with { Quantity = onHand + back };
                Available(row, quantity, line.Quantity!.Value + SoldEarlier(read0, i, line.PackageLabel!), line.PackageLabel!, holding);
            }
        }

        if (IsPatientCustomer(customerType) && Rules.PatientReceiptWeightLimitGrams is { } limit && grams > limit)
        {
            Report(row, list, MetrcRuleCodes.PatientLimitExceeded, $"A patient sale may hold at most {limit} g; this one holds {grams:0.####} g.");
        }
    }

    /// <summary>When both are given, the estimated arrival must not be before the estimated departure.</summary>
    public bool DepartureBeforeArrival(int row, FieldPath arrivalField, OffsetDateTime? departure, OffsetDateTime? arrival)
    {
        if (departure is not { } d || arrival is not { } a || a.ToInstant() >= d.ToInstant())
        {
            return true;
        }

        Report(row, arrivalField, MetrcRuleCodes.InvalidValue, $"{arrivalField.Name} is before EstimatedDepartureDateTime.");
        return false;
    }

    /// <summary>When the state requires transporter details, the driver's name and licence and the vehicle's make, model and plate.</summary>
    public void TransporterDetails(int row, string driverLicenseField, string? driverName, string? driverLicense, string? make, string? model, string? plate)
    {
        if (!Rules.TransporterDetailsRequired)
        {
            return;
        }

        TransporterDetail(row, "DriverName", driverName);
        TransporterDetail(row, driverLicenseField, driverLicense);
        TransporterDetail(row, "VehicleMake", make);
        TransporterDetail(row, "VehicleModel", model);
        TransporterDetail(row, "VehicleLicensePlateNumber", plate);
    }

    /// <summary>The destinations of a transfer: at least one, each with a recipient, a transfer type and a departure before its arrival;
    /// <paramref name="packages"/> checks each destination's packages.</summary>
    public void TransferDestinations<TDest>(int row, IReadOnlyList<TDest?>? destinations, Func<TDest, TransferDestinationFields> read, Action<int, TDest> packages)
        where TDest : class
    {
        if (!RequiredList(row, "Destinations", destinations))
        {
            return;
        }

        for (int d = 0; d < destinations.Count; d++)
        {
            TDest? destination = destinations[d];
            FieldPath recipient = FieldPath.Item("Destinations", d, "RecipientLicenseNumber");
            if (!RequiredItem(row, recipient, destination, "Destination"))
            {
                continue;
            }

            TransferDestinationFields fields = read(destination);
            Required(row, recipient, fields.RecipientLicenseNumber);
            Required(row, FieldPath.Item("Destinations", d, "TransferTypeName"), fields.TransferTypeName);
            DepartureBeforeArrival(row, FieldPath.Item("Destinations", d, "EstimatedArrivalDateTime"), fields.EstimatedDepartureDateTime, fields.EstimatedArrivalDateTime);
            packages(d, destination);
        }
    }

    /// <summary>The packages of destination <paramref name="d"/> of a licensed manifest: at least one, each checked by <see cref="ManifestPackage"/>.</summary>
    public void ManifestPackages<TPkg>(int row, int d, IReadOnlyList<TPkg?>? packages, Func<TPkg, (string? Label, decimal? WholesalePrice)> read, IReadOnlyList<string>? own = null)
        where TPkg : class
    {
        if (!RequiredList(row, FieldPath.Item("Destinations", d, "Packages"), packages))
        {
            return;
        }

        for (int p = 0; p < packages.Count; p++)
        {
            FieldPath label = FieldPath.Nested("Destinations", d, "Packages", p, "PackageLabel");
            if (RequiredItem(row, label, packages[p], "Package"))
            {
                (string? packageLabel, decimal? price) = read(packages[p]!);
                ManifestPackage(row, label, packageLabel, price, own);
            }
        }
    }

    /// <summary>A licensed manifest holds at most the state's number of packages.</summary>
    public void ManifestSize(int row, int packages)
    {
        if (packages > Rules.MaxTransferPackages)
        {
            Report(row, "Destinations", MetrcRuleCodes.TransferTooManyPackages, $"A manifest may hold at most {Rules.MaxTransferPackages} packages; this one has {packages}.");
        }
    }

    /// <summary>
    /// A package on a licensed manifest: once on the manifest, usable, tested when the state requires it, with a price that
    /// is not negative. <c>own</c> lists the packages already on the template being updated: they are in transit for it and may stay.
    /// </summary>
    public void ManifestPackage(int row, FieldPath label, string? packageLabel, decimal? wholesalePrice, IReadOnlyList<string>? own = null)
    {
        if (wholesalePrice is < 0)
        {
            Report(row, label, MetrcRuleCodes.InvalidValue, "WholesalePrice must not be negative.");
        }

        if (!UniqueLabel(row, label, packageLabel))
        {
            return;
        }

        MetrcPackageInfo? package = own is not null && own.Contains(packageLabel!) && Snapshot?.Packages is { } packages
            && packages.TryGetValue(packageLabel!, out MetrcPackageInfo? held) && held.Status == PackageStatus.InTransit
            ? held
            : UsablePackage(row, label, packageLabel!);
        if (package is not null)
        {
            LabTest(row, label, Rules.LabTestRequiredForTransfer, packageLabel!, package, "transfer");
        }
    }

    /// <summary>A date range whose end, when both are given, is not before its start.</summary>
    public bool DateRange(int row, FieldPath endField, LocalDate? start, LocalDate? end)
    {
        if (start is not { } s || end is not { } e || e >= s)
        {
            return true;
        }

        Report(row, endField, MetrcRuleCodes.InvalidValue, $"{endField.Name} {e:yyyy-MM-dd} is before the start {s:yyyy-MM-dd}.");
        return false;
    }



    private static decimal SoldEarlier(SaleLine?[] lines, int before, string label)
    {
        decimal total = 0;
        for (int j = 0; j < before; j++)
        {
            if (lines[j] is { Quantity: > 0 } earlier && string.Equals(earlier.PackageLabel, label, StringComparison.Ordinal))
            {
                total += earlier.Quantity.Value;
            }
        }

        return total;
    }

    private void TransporterDetail(int row, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Report(row, field, MetrcRuleCodes.TransporterDetailsRequired, $"{field} is required for a transport in this state.");
        }
    }
}
