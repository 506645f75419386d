using NodaTime;

namespace Metrc.Sdk;

/// <summary>
/// "Now" and "today" as a Metrc facility sees them. Metrc business dates (<c>ActualDate</c>, <c>GrowthDate</c>,
/// <c>PackagedDate</c>, ...) are dates in the facility's time zone, so "today" must come from that zone and never
/// from the UTC date: at 18:00 in Denver it is already tomorrow in UTC, and Metrc (and the SDK's validator) reject
/// tomorrow as a date in the future.
/// </summary>
/// <remarks>
/// Every <see cref="IMetrcClient"/> has one (<see cref="IMetrcClient.Clock"/>) that reads the client's
/// <see cref="TimeProvider"/> and resolves the zone exactly as the write validator does: the facility's entry in
/// <see cref="MetrcValidationOptions.FacilityTimeZones"/>, else <see cref="MetrcValidationOptions.TimeZoneId"/>, else the
/// state's <see cref="MetrcStateRules.TimeZoneId"/>. The date a clock gives is therefore never "in the future" for the
/// validator of the same client (unless a lifecycle snapshot names another zone for the facility: configure
/// <see cref="MetrcValidationOptions.FacilityTimeZones"/> for facilities outside their state's main zone).
/// </remarks>
/// <example>
/// <code>
/// LocalDate today = metrc.Clock.GetToday(licenseNumber);
/// var row = new CreatePlantingsRequest { /* ... */ ActualDate = today };
/// </code>
/// </example>
public sealed class MetrcClock
{
    private readonly MetrcValidationOptions _options;
    private readonly MetrcStateRules _rules;

    /// <summary>Creates a clock for a state.</summary>
    /// <param name="state">The state whose default time zone applies (<see cref="MetrcStateRules.For"/>).</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="options">Facility and client time zones; none when <see langword="null"/>.</param>
    /// <param name="rules">Rules to use instead of the state's (their <see cref="MetrcStateRules.TimeZoneId"/> counts).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined jurisdiction.</exception>
    public MetrcClock(MetrcState state, TimeProvider? timeProvider = null, MetrcValidationOptions? options = null, MetrcStateRules? rules = null)
    {
        _ = MetrcStates.GetCode(state);
        State = state;
        TimeProvider = timeProvider ?? TimeProvider.System;
        _options = options ?? new MetrcValidationOptions();
        _rules = MetrcStateRules.Resolve(_options, state, rules);
    }

    /// <summary>The state this clock belongs to.</summary>
    public MetrcState State { get; }

    /// <summary>The underlying clock (the client's, so a fake clock in tests moves "today" too).</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The time zone in which a facility's business dates are judged.</summary>
    /// <param name="licenseNumber">The facility; <see langword="null"/> for the client's or the state's zone.</param>
    /// <exception cref="InvalidOperationException">A configured zone is not an IANA zone NodaTime knows.</exception>
    public DateTimeZone GetTimeZone(string? licenseNumber = null) => ResolveZone(_options, licenseNumber, _rules);

    /// <summary>The current instant in the facility's time zone.</summary>
    /// <param name="licenseNumber">The facility; <see langword="null"/> for the client's or the state's zone.</param>
    public ZonedDateTime GetLocalNow(string? licenseNumber = null) =>
        Instant.FromDateTimeOffset(TimeProvider.GetUtcNow()).InZone(GetTimeZone(licenseNumber));

    /// <summary>Today's date in the facility's time zone: the latest business date Metrc accepts.</summary>
    /// <param name="licenseNumber">The facility; <see langword="null"/> for the client's or the state's zone.</param>
    public LocalDate GetToday(string? licenseNumber = null) => GetLocalNow(licenseNumber).Date;

    /// <inheritdoc />
    public override string ToString() => $"MetrcClock {{ State = {State}, TimeZone = {GetTimeZone().Id} }}";

    /// <summary>The zone of a facility: its own, else the client's, else the rules' (the validator uses the same order).</summary>
    internal static DateTimeZone ResolveZone(MetrcValidationOptions options, string? licenseNumber, MetrcStateRules rules)
    {
        string id = (licenseNumber is not null && options.FacilityTimeZones.TryGetValue(licenseNumber, out string? facilityZone) ? facilityZone : null)
            ?? options.TimeZoneId
            ?? rules.TimeZoneId;
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? throw new InvalidOperationException($"Time zone '{id}' is not an IANA time zone NodaTime knows; fix MetrcValidationOptions or MetrcStateRules.TimeZoneId.");
    }
}
