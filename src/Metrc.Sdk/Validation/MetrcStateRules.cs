using System.Collections.Frozen;
using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk;

/// <summary>
/// The lifecycle rules that differ by state, as data. <see cref="For"/> gives the SDK's table; override a state with
/// <see cref="MetrcValidationOptions.StateRules"/> or <see cref="MetrcStateOptions.ValidationRules"/>
/// (<c>MetrcStateRules.For(MetrcState.Co) with { LabTestRequiredForSale = true }</c>).
/// </summary>
/// <remarks>
/// Only facts that hold everywhere are set by default: the 200-package manifest limit, the common 100-plant batch cap
/// and all four destroy fields. Lab-test requirements vary by state and product and are off until configured, so the
/// validator never rejects what Metrc might accept.
/// </remarks>
public sealed record MetrcStateRules
{
    private static readonly FrozenDictionary<MetrcState, MetrcStateRules> s_table = BuildTable();

    /// <summary>The rules used when no state is known.</summary>
    public static MetrcStateRules Default { get; } = new();

    /// <summary>The IANA time zone in which "today" is judged for dates (for example <c>America/Denver</c>). Default: <c>America/New_York</c>.</summary>
    public string TimeZoneId { get; init; } = "America/New_York";

    /// <summary>Most plants in one plant batch. Default: <see cref="MetrcLimits.DefaultPlantBatchCap"/>.</summary>
    public int PlantBatchCap { get; init; } = MetrcLimits.DefaultPlantBatchCap;

    /// <summary>Most packages on one transfer manifest. Default: <see cref="MetrcLimits.MaxTransferPackages"/>.</summary>
    public int MaxTransferPackages { get; init; } = MetrcLimits.MaxTransferPackages;

    /// <summary>The waste fields a plant destroy must carry. Default: <see cref="MetrcDestroyFields.All"/>.</summary>
    public MetrcDestroyFields RequiredDestroyFields { get; init; } = MetrcDestroyFields.All;

    /// <summary>Whether a package needs a passing lab test before it is sold. Default: <see langword="false"/>.</summary>
    public bool LabTestRequiredForSale { get; init; }

    /// <summary>Whether a package needs a passing lab test before it is transferred. Default: <see langword="false"/>.</summary>
    public bool LabTestRequiredForTransfer { get; init; }

    /// <summary>
    /// Whether transfer manifests, external incoming transfers and sales deliveries must name the driver (name and
    /// licence number) and the vehicle (make, model and plate). Default: <see langword="false"/> (Metrc's requirement
    /// varies by state and licence type; turn it on for a state that requires them).
    /// </summary>
    public bool TransporterDetailsRequired { get; init; }

    /// <summary>
    /// Most weight, in grams, one sales receipt or delivery to a patient (customer type Patient or Caregiver) may hold,
    /// counting lines sold by weight. Default: <see langword="null"/> (no limit; medical states set their own).
    /// </summary>
    public decimal? PatientReceiptWeightLimitGrams { get; init; }

    /// <summary>The SDK's rules for <paramref name="state"/> (time zone of the state's main population; the shared defaults otherwise).</summary>
    public static MetrcStateRules For(MetrcState state) => s_table.TryGetValue(state, out MetrcStateRules? rules) ? rules : Default;

    /// <summary>The rules in force: <paramref name="explicitRules"/>, else the options' override for the state, else <see cref="For"/>.</summary>
    internal static MetrcStateRules Resolve(MetrcValidationOptions options, MetrcState? state, MetrcStateRules? explicitRules) =>
        explicitRules
        ?? (state is { } s
            ? (options.StateRules.TryGetValue(s, out MetrcStateRules? overridden) ? overridden : For(s))
            : Default);

    private static FrozenDictionary<MetrcState, MetrcStateRules> BuildTable()
    {
        // States spanning two zones use the zone of most licensees; a facility's own zone can be set per call.
        (MetrcState State, string Zone)[] zones =
        [
            (MetrcState.Ak, "America/Anchorage"), (MetrcState.Al, "America/Chicago"), (MetrcState.Ca, "America/Los_Angeles"),
            (MetrcState.Co, "America/Denver"), (MetrcState.Dc, "America/New_York"), (MetrcState.Gu, "Pacific/Guam"),
            (MetrcState.Il, "America/Chicago"), (MetrcState.Ky, "America/New_York"), (MetrcState.La, "America/Chicago"),
            (MetrcState.Ma, "America/New_York"), (MetrcState.Md, "America/New_York"), (MetrcState.Me, "America/New_York"),
            (MetrcState.Mi, "America/Detroit"), (MetrcState.Mn, "America/Chicago"), (MetrcState.Mo, "America/Chicago"),
            (MetrcState.Ms, "America/Chicago"), (MetrcState.Mt, "America/Denver"), (MetrcState.Nj, "America/New_York"),
            (MetrcState.Nv, "America/Los_Angeles"), (MetrcState.Ny, "America/New_York"), (MetrcState.Oh, "America/New_York"),
            (MetrcState.Ok, "America/Chicago"), (MetrcState.Or, "America/Los_Angeles"), (MetrcState.Ri, "America/New_York"),
            (MetrcState.Sd, "America/Chicago"), (MetrcState.Va, "America/New_York"), (MetrcState.Vi, "America/St_Thomas"),
            (MetrcState.Wv, "America/New_York"),
        ];
        var table = new Dictionary<MetrcState, MetrcStateRules>();
        foreach ((MetrcState state, string zone) in zones)
        {
            table[state] = new MetrcStateRules { TimeZoneId = zone };
        }

        return table.ToFrozenDictionary();
    }
}
