using System.Diagnostics.CodeAnalysis;
using Metrc.Sdk.Lifecycle;
using NodaTime;

namespace Metrc.Sdk.Validation;

/// <summary>
/// One validation run over the rows of a write: the clock, rules and snapshot it checks against, the tags and names
/// already seen in the write (across chunks), and the issues found. The shared checks live here; the per-request-type
/// rules (<see cref="IRowRules{T}"/>) call them.
/// </summary>
internal sealed partial class ValidationSession
{
    private readonly ISet<string>? _warningCodes;
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private List<MetrcValidationIssue>? _issues;
    private Dictionary<string, MetrcPackageInfo>? _created;
    private int _lastErrorRow = -1;
    private int _rows;

    public ValidationSession(Instant now, DateTimeZone zone, LocalDate? licenseStart, MetrcStateRules rules, MetrcLifecycleSnapshot? snapshot, string? licenseNumber, ISet<string>? warningCodes)
    {
        Now = now;
        Zone = zone;
        Today = now.InZone(zone).Date;
        LicenseStart = licenseStart;
        Rules = rules;
        Snapshot = snapshot;
        LicenseNumber = licenseNumber ?? snapshot?.LicenseNumber;
        _warningCodes = warningCodes is { Count: > 0 } ? warningCodes : null;
    }

    public Instant Now { get; }

    public DateTimeZone Zone { get; }

    public LocalDate Today { get; }

    public LocalDate? LicenseStart { get; }

    public MetrcStateRules Rules { get; }

    public MetrcLifecycleSnapshot? Snapshot { get; }

    public string? LicenseNumber { get; }

    /// <summary>How many errors (not warnings) have been found so far.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Validates <paramref name="rows"/>, numbering them from <paramref name="firstIndex"/>.</summary>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public void Validate<T>(IRowRules<T> rules, IReadOnlyList<T> rows, int firstIndex = 0, int count = -1)
    {
        int n = count < 0 ? rows.Count : count;
        for (int i = 0; i < n; i++)
        {
            T row = rows[i];
            if (row is null)
            {
                throw new ArgumentException($"rows[{firstIndex + i}] is null.", nameof(rows));
            }

            rules.Check(this, firstIndex + i, row);
        }

        _rows += n;
    }

    public MetrcValidationResult ToResult() => new(_issues, _rows);

    /// <summary>The issues found so far.</summary>
    public IReadOnlyList<MetrcValidationIssue> Issues => (IReadOnlyList<MetrcValidationIssue>?)_issues ?? [];

    /// <summary>Reports an issue; an error unless its code is configured as a warning.</summary>
    public void Report(int row, FieldPath? field, string code, string message) =>
        Add(row, field, code, message, _warningCodes?.Contains(code) == true ? MetrcValidationSeverity.Warning : MetrcValidationSeverity.Error);

    /// <summary>Reports a warning.</summary>
    public void Warn(int row, FieldPath? field, string code, string message) => Add(row, field, code, message, MetrcValidationSeverity.Warning);

    /// <summary>Whether <paramref name="row"/> has an error so far (rows are checked in order).</summary>
    public bool HasErrors(int row) => _lastErrorRow == row;

    public bool Required(int row, FieldPath field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.Required, $"{field.Name} is required.");
        return false;
    }

    /// <summary>An element of a list that must not be null; <paramref name="what"/> names it in the message.</summary>
    public bool RequiredItem<TItem>(int row, FieldPath field, [NotNullWhen(true)] TItem? item, string what)
        where TItem : class
    {
        if (item is not null)
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.Required, $"{what} is required (the list holds a null).");
        return false;
    }

    /// <summary>A list that must have at least one element.</summary>
    public bool RequiredList<TItem>(int row, FieldPath field, [NotNullWhen(true)] IReadOnlyList<TItem>? value)
    {
        if (value is { Count: > 0 })
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.Required, $"{field.Name} are required (at least one).");
        return false;
    }

    /// <summary>A tag (label) that must be present and well formed.</summary>
    public bool TagFormat(int row, FieldPath field, string? tag)
    {
        if (!Required(row, field, tag))
        {
            return false;
        }

        if (MetrcTagRules.IsValidFormat(tag))
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.TagFormat, $"{field.Name} '{tag}' is not a valid tag (24 characters of 0-9 and A-Z).");
        return false;
    }

    /// <summary>A tag that may appear only once in the whole write.</summary>
    public bool UniqueTag(int row, FieldPath field, string tag)
    {
        if (_tags.Add(tag))
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.TagDuplicate, $"Tag {tag} is used more than once in this request.");
        return false;
    }

    /// <summary>A well-formed label that may appear only once in the write.</summary>
    public bool UniqueLabel(int row, FieldPath field, string? tag) => TagFormat(row, field, tag) && UniqueTag(row, field, tag!);

    /// <summary>A name (batch name, receipt number) that may appear only once in the write (a session checks one write type).</summary>
    public bool UniqueName(string name) => _names.Add(name);

    /// <summary>A new tag: well formed, once in the write and, with a snapshot, issued to this facility, of <paramref name="kind"/> and unused.</summary>
    public bool NewTag(int row, FieldPath field, string? tag, MetrcTagKind kind) =>
        UniqueLabel(row, field, tag) && AvailableTag(row, field, tag!, kind);

    /// <summary>The stateful half of <see cref="NewTag"/>.</summary>
    public bool AvailableTag(int row, FieldPath field, string tag, MetrcTagKind kind)
    {
        if (Snapshot?.Tags is not { } tags)
        {
            return true;
        }

        if (!tags.TryGetValue(tag, out MetrcTagInfo? info))
        {
            Report(row, field, MetrcRuleCodes.TagUnavailable, $"Tag {tag} is not available.");
            return false;
        }

        if (LicenseNumber is not null && !string.Equals(info.FacilityLicenseNumber, LicenseNumber, StringComparison.OrdinalIgnoreCase))
        {
            Report(row, field, MetrcRuleCodes.TagWrongFacility, $"Tag {tag} does not belong to facility {LicenseNumber}.");
            return false;
        }

        if (info.Kind != kind)
        {
            Report(row, field, MetrcRuleCodes.TagWrongType, $"Tag {tag} is a {info.Kind} tag; a {kind} tag is required.");
            return false;
        }

        if (info.Used)
        {
            Report(row, field, MetrcRuleCodes.TagUnavailable, $"Tag {tag} is not available.");
            return false;
        }

        return true;
    }

    /// <summary>A quantity that must be greater than zero with at most four decimal places.</summary>
    public bool Positive(int row, FieldPath field, decimal value)
    {
        if (value <= 0)
        {
            Report(row, field, MetrcRuleCodes.QuantityPositive, $"{field.Name} must be greater than 0.");
            return false;
        }

        return Precision(row, field, value);
    }

    public bool Precision(int row, FieldPath field, decimal value)
    {
        if (decimal.Round(value, MetrcLimits.QuantityDecimalPlaces) == value)
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.QuantityPrecision, $"{field.Name} {value} has more than {MetrcLimits.QuantityDecimalPlaces} decimal places.");
        return false;
    }

    /// <summary>A business date: not after today in the facility's zone, not before the licence start.</summary>
    public bool Date(int row, FieldPath field, LocalDate date)
    {
        if (date.Year < 1)
        {
            Report(row, field, MetrcRuleCodes.InvalidValue, $"{field.Name} {date:uuuu-MM-dd} is before year 1.");
            return false;
        }

        if (date > Today)
        {
            Report(row, field, MetrcRuleCodes.DateInFuture, $"{field.Name} {date:yyyy-MM-dd} cannot be in the future (today is {Today:yyyy-MM-dd} in {Zone.Id}).");
            return false;
        }

        return NotBeforeLicense(row, field, date);
    }

    /// <summary>A timestamp: not after now, and its facility-local date not before the licence start.</summary>
    public bool Timestamp(int row, FieldPath field, OffsetDateTime value)
    {
        if (value.ToInstant() > Now)
        {
            Report(row, field, MetrcRuleCodes.DateInFuture, $"{field.Name} {value.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'sso<g>", null)} cannot be in the future.");
            return false;
        }

        return NotBeforeLicense(row, field, value.ToInstant().InZone(Zone).Date);
    }

    /// <summary>A unit name Metrc knows and, when <paramref name="required"/> is known, of that kind.</summary>
    public bool Unit(int row, FieldPath field, string? unit, QuantityKind? required)
    {
        if (!Required(row, field, unit))
        {
            return false;
        }

        if (!MetrcUnits.TryGetKind(unit, out QuantityKind kind))
        {
            Report(row, field, MetrcRuleCodes.UnitUnknown, $"Unit of measure '{unit}' does not exist.");
            return false;
        }

        if (required is { } expected && kind != expected)
        {
            Report(row, field, MetrcRuleCodes.UnitIncompatible, $"Unit of measure '{unit}' is not a {expected} unit.");
            return false;
        }

        return true;
    }

    /// <summary>The kind of an item from the snapshot; <see langword="null"/> when unknown (reported when the snapshot lists items).</summary>
    public QuantityKind? ItemKind(int row, FieldPath field, string? item)
    {
        if (item is null || Snapshot?.Items is not { } items)
        {
            return null;
        }

        if (items.TryGetValue(item, out QuantityKind kind))
        {
            return kind;
        }

        Report(row, field, MetrcRuleCodes.ItemNotFound, $"{field.Name} '{item}' does not exist.");
        return null;
    }

    /// <summary>A living plant's phase from the snapshot; <see langword="null"/> when unknown or not found (reported).</summary>
    public PlantGrowthPhase? Plant(int row, FieldPath field, string label)
    {
        if (Snapshot?.Plants is not { } plants)
        {
            return null;
        }

        if (plants.TryGetValue(label, out PlantGrowthPhase phase) && PlantLifecycle.IsAlive(phase))
        {
            return phase;
        }

        Report(row, field, MetrcRuleCodes.PlantNotFound, $"Plant {label} was not found or is no longer active.");
        return null;
    }

    /// <summary>A package of the facility (or made by an earlier row); <see langword="null"/> when unknown or not found (reported).</summary>
    public MetrcPackageInfo? Package(int row, FieldPath field, string label)
    {
        if (Snapshot?.Packages is not { } packages)
        {
            return null;
        }

        if (packages.TryGetValue(label, out MetrcPackageInfo? package) || (_created?.TryGetValue(label, out package) ?? false))
        {
            return package;
        }

        Report(row, field, MetrcRuleCodes.PackageNotActive, $"Package {label} was not found.");
        return null;
    }

    /// <summary>A package that exists and is active (not finished, on hold or in transit).</summary>
    public MetrcPackageInfo? UsablePackage(int row, FieldPath field, string label)
    {
        MetrcPackageInfo? package = Package(row, field, label);
        if (package is null)
        {
            return null;
        }

        string? code = PackageLifecycle.CheckUsable(package.Status);
        if (code is null)
        {
            return package;
        }

        Report(row, field, code, code == MetrcRuleCodes.PackageFinished
            ? $"Package {label} is finished; unfinish it first."
            : $"Package {label} is {package.Status} and cannot be used.");
        return null;
    }

    /// <summary>The unit must be the package's own unit when known.</summary>
    public bool SameUnit(int row, FieldPath field, string? unit, string label, MetrcPackageInfo package)
    {
        if (package.UnitOfMeasure is null || unit is null || string.Equals(unit, package.UnitOfMeasure, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.UnitIncompatible, $"Unit '{unit}' does not match package {label} ({package.UnitOfMeasure}).");
        return false;
    }

    /// <summary>The quantity must not exceed what the package holds, when known.</summary>
    public bool Available(int row, FieldPath field, decimal quantity, string label, MetrcPackageInfo package)
    {
        if (package.Quantity is not { } onHand || quantity <= onHand)
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.QuantityExceedsAvailable, $"Package {label} holds {onHand} {package.UnitOfMeasure}, less than {quantity}.");
        return false;
    }

    /// <summary>
    /// A package to be sold or transferred must not have failed its lab test (any state) and, when <paramref name="required"/>,
    /// must have passed one; an unknown lab testing state passes.
    /// </summary>
    public bool LabTest(int row, FieldPath field, bool required, string label, MetrcPackageInfo package, string purpose)
    {
        string? code = LabTestLifecycle.CheckSellable(package.LabTestingState, required);
        if (code is null)
        {
            return true;
        }

        Report(row, field, code, code == MetrcRuleCodes.LabTestFailed
            ? $"Package {label} failed its lab test ({package.LabTestingState}); it cannot be used for {purpose} until remediated and retested."
            : $"Package {label} needs a passing lab test before {purpose}.");
        return false;
    }

    /// <summary>Records a package made by a valid row, so later rows (later chunks) may use it.</summary>
    public void Created(string label, decimal? quantity, string? unit)
    {
        if (Snapshot?.Packages is null)
        {
            return;
        }

        (_created ??= new Dictionary<string, MetrcPackageInfo>(StringComparer.Ordinal))[label] =
            new MetrcPackageInfo(PackageStatus.Active) { Quantity = quantity, UnitOfMeasure = unit };
    }

    private bool NotBeforeLicense(int row, FieldPath field, LocalDate date)
    {
        if (LicenseStart is not { } start || date >= start)
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.DateBeforeLicense, $"{field.Name} {date:yyyy-MM-dd} is before the licence start date {start:yyyy-MM-dd}.");
        return false;
    }

    private void Add(int row, FieldPath? field, string code, string message, MetrcValidationSeverity severity)
    {
        (_issues ??= []).Add(new MetrcValidationIssue(row, field?.ToString(), code, message, severity));
        if (severity == MetrcValidationSeverity.Error)
        {
            ErrorCount++;
            _lastErrorRow = row;
        }
    }
}
