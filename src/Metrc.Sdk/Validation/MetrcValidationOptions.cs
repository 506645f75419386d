namespace Metrc.Sdk;

/// <summary>Client-side validation of writes (<see cref="MetrcClientOptions.Validation"/>).</summary>
public sealed class MetrcValidationOptions
{
    /// <summary>Whether writes are validated before sending, and what a failure does. Default: <see cref="MetrcValidationMode.Enabled"/>.</summary>
    public MetrcValidationMode Mode { get; set; } = MetrcValidationMode.Enabled;

    /// <summary>
    /// The IANA time zone used for "today" when neither the call nor the snapshot names one; <see langword="null"/> to use the
    /// state's (<see cref="MetrcStateRules.TimeZoneId"/>).
    /// </summary>
    public string? TimeZoneId { get; set; }

    /// <summary>Time zones of individual facilities, keyed by licence number (for states spanning two zones).</summary>
    public IDictionary<string, string> FacilityTimeZones { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Licence start dates keyed by licence number: dates before them are rejected (<c>date.before_license</c>).</summary>
    public IDictionary<string, DateOnly> LicenseStartDates { get; } = new Dictionary<string, DateOnly>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per-state rule overrides; a state not listed uses <see cref="MetrcStateRules.For"/>. <see cref="MetrcStateOptions.ValidationRules"/> wins over this.</summary>
    public IDictionary<MetrcState, MetrcStateRules> StateRules { get; } = new Dictionary<MetrcState, MetrcStateRules>();

    /// <summary>Rule codes reported as warnings instead of errors (for example <c>date.before_license</c> while migrating old data).</summary>
    public ISet<string> WarningCodes { get; } = new HashSet<string>(StringComparer.Ordinal);
}
