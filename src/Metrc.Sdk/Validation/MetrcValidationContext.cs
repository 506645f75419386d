using NodaTime;

namespace Metrc.Sdk;

/// <summary>What a validation knows beyond the rows: the facility, its state, clock settings and, for the stateful rules, a snapshot.</summary>
public sealed record MetrcValidationContext
{
    /// <summary>The facility's licence number (tags of other facilities are reported against it).</summary>
    public string? LicenseNumber { get; init; }

    /// <summary>The state, which picks the <see cref="MetrcStateRules"/>; <see langword="null"/> uses <see cref="MetrcStateRules.Default"/>.</summary>
    public MetrcState? State { get; init; }

    /// <summary>Rules to use instead of the state's.</summary>
    public MetrcStateRules? Rules { get; init; }

    /// <summary>The facility's time zone; wins over the snapshot's, the options' and the state's.</summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>The facility's licence start; wins over the snapshot's and the options'.</summary>
    public LocalDate? LicenseStartDate { get; init; }

    /// <summary>The facility's tags, plants, packages and items; <see langword="null"/> runs only the stateless rules.</summary>
    public MetrcLifecycleSnapshot? Snapshot { get; init; }
}
