using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;

namespace Metrc.Sdk.Testing.Rules;

/// <summary>
/// The lifecycle rules Metrc applies to write rows, built on the SDK's shared primitives
/// (<see cref="MetrcTagRules"/>, <see cref="PlantLifecycle"/>, <see cref="PackageLifecycle"/>, <see cref="MetrcUnits"/>).
/// Each check records a row error and returns false when the row breaks the rule.
/// </summary>
internal sealed partial class RowChecks(EmulatorStore store, StateData state, FacilityData facility, RowErrors errors)
{
    private readonly HashSet<string> _tagsInRequest = new(StringComparer.Ordinal);

    public RowErrors Errors => errors;

    public FacilityData Facility => facility;

    public EmulatorStore Store => store;

    public StateData State => state;

    public bool Required(int row, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
        return false;
    }

    public bool Positive(int row, string field, decimal? value)
    {
        if (value is null)
        {
            errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
            return false;
        }

        if (value <= 0)
        {
            errors.Add(row, MetrcRuleCodes.QuantityPositive, $"{field} must be greater than 0.");
            return false;
        }

        return true;
    }

    public bool Date(int row, string field, DateOnly? value)
    {
        if (value is not { } date)
        {
            errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
            return false;
        }

        if (date > store.TodayIn(state))
        {
            errors.Add(row, MetrcRuleCodes.DateInFuture, $"{field} {date:yyyy-MM-dd} cannot be in the future.");
            return false;
        }

        if (date < facility.LicenseStart)
        {
            errors.Add(row, MetrcRuleCodes.DateBeforeLicense, $"{field} {date:yyyy-MM-dd} is before the licence start date.");
            return false;
        }

        return true;
    }

    /// <summary>A tag that must be unused, of <paramref name="kind"/>, issued to this facility, and not used twice in this request.</summary>
    public bool NewTag(int row, string field, string? label, TagKind kind)
    {
        if (!Required(row, field, label))
        {
            return false;
        }

        if (!MetrcTagRules.IsValidFormat(label))
        {
            errors.Add(row, MetrcRuleCodes.TagFormat, $"{field} '{label}' is not a valid tag.");
            return false;
        }

        if (!_tagsInRequest.Add(label!))
        {
            errors.Add(row, MetrcRuleCodes.TagDuplicate, $"Tag {label} is used more than once in this request.");
            return false;
        }

        if (!facility.Tags.TryGetValue(label!, out TagData? tag))
        {
            bool elsewhere = state.Facilities.Values.Any(f => f != facility && f.Tags.ContainsKey(label!));
            errors.Add(row, elsewhere ? MetrcRuleCodes.TagWrongFacility : MetrcRuleCodes.TagUnavailable,
                elsewhere ? $"Tag {label} does not belong to facility {facility.LicenseNumber}." : $"Tag {label} is not available.");
            return false;
        }

        if (tag.Kind != kind)
        {
            errors.Add(row, MetrcRuleCodes.TagWrongType, $"Tag {label} is a {tag.Kind} tag; a {kind} tag is required.");
            return false;
        }

        if (tag.Used)
        {
            errors.Add(row, MetrcRuleCodes.TagUnavailable, $"Tag {label} is not available.");
            return false;
        }

        return true;
    }

    public bool Unit(int row, string field, string? unit, QuantityKind required)
    {
        if (!Required(row, field, unit))
        {
            return false;
        }

        string? code = MetrcUnits.CheckCompatible(unit, required);
        if (code is null)
        {
            return true;
        }

        errors.Add(row, code, code == MetrcRuleCodes.UnitUnknown
            ? $"Unit of measure '{unit}' does not exist."
            : $"Unit of measure '{unit}' is not a {required} unit.");
        return false;
    }

    /// <summary>A required name that must be one of <paramref name="known"/>; reports <paramref name="code"/> otherwise.</summary>
    public bool Named(int row, string field, string? name, Dictionary<string, NamedData> known, string code)
    {
        if (!Required(row, field, name))
        {
            return false;
        }

        if (known.ContainsKey(name!))
        {
            return true;
        }

        errors.Add(row, code, $"{field} '{name}' does not exist.");
        return false;
    }

    /// <summary>A required location of the facility.</summary>
    public bool Location(int row, string field, string? name) => Named(row, field, name, facility.Locations, MetrcRuleCodes.LocationNotFound);

    /// <summary>A required strain of the facility.</summary>
    public bool Strain(int row, string field, string? name) => Named(row, field, name, facility.Strains, MetrcRuleCodes.StrainNotFound);

    /// <summary>An optional sublocation that, when given, must exist.</summary>
    public bool OptionalSublocation(int row, string field, string? name) =>
        string.IsNullOrEmpty(name) || Named(row, field, name, facility.Sublocations, MetrcRuleCodes.SublocationNotFound);

    /// <summary>A required additives template of the facility.</summary>
    public bool AdditivesTemplate(int row, string field, string? name) =>
        Named(row, field, name, facility.AdditivesTemplates, MetrcRuleCodes.AdditivesTemplateNotFound);

    public ItemData? Item(int row, string field, string? name)
    {
        if (!Required(row, field, name))
        {
            return null;
        }

        if (facility.Items.TryGetValue(name!, out ItemData? item))
        {
            return item;
        }

        errors.Add(row, MetrcRuleCodes.Required, $"{field} '{name}' does not exist.");
        return null;
    }

    /// <summary>A living plant of this facility.</summary>
    public PlantData? Plant(int row, string? label)
    {
        if (!Required(row, "Label", label))
        {
            return null;
        }

        if (facility.Plants.TryGetValue(label!, out PlantData? plant) && PlantLifecycle.IsAlive(plant.Phase))
        {
            return plant;
        }

        errors.Add(row, MetrcRuleCodes.PlantNotFound, $"Plant {label} was not found or is no longer active.");
        return null;
    }

    /// <summary>A package of this facility that can be used (active); reports finished, on-hold and in-transit packages by their own rule.</summary>
    public PackageData? UsablePackage(int row, string field, string? label)
    {
        if (!Required(row, field, label))
        {
            return null;
        }

        if (!facility.Packages.TryGetValue(label!, out PackageData? package))
        {
            errors.Add(row, MetrcRuleCodes.PackageNotActive, $"Package {label} was not found.");
            return null;
        }

        string? code = PackageLifecycle.CheckUsable(package.Status);
        if (code is null)
        {
            return package;
        }

        errors.Add(row, code, $"Package {label} is {package.Status} and cannot be used.");
        return null;
    }

    /// <summary>Consumes a tag the row has been checked to own.</summary>
    public void UseTag(string label)
    {
        facility.Tags[label].Used = true;
        store.CountWrite("tag:" + label);
    }
}
