using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Endpoints;
using NodaTime;

namespace Metrc.Sdk.Testing.Rules;

// Processing jobs and job types: the same rules as the SDK's validator, judged over the emulator's store.
internal sealed partial class RowChecks
{
    /// <summary>A processing job of the facility by id (required).</summary>
    public ProcessingJobData? Job(int row, string field, long? id)
    {
        if (id is null)
        {
            errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
            return null;
        }

        ProcessingJobData? job = facility.ProcessingJobs.Values.FirstOrDefault(j => j.Id == id);
        if (job is null)
        {
            errors.Add(row, MetrcRuleCodes.ProcessingJobNotFound, $"Processing job {id} was not found.");
        }

        return job;
    }

    /// <summary>A processing job of the facility by name (required).</summary>
    public ProcessingJobData? Job(int row, string field, string? name)
    {
        if (!Required(row, field, name))
        {
            return null;
        }

        if (facility.ProcessingJobs.TryGetValue(name!, out ProcessingJobData? job))
        {
            return job;
        }

        errors.Add(row, MetrcRuleCodes.ProcessingJobNotFound, $"Processing job {name} was not found.");
        return null;
    }

    /// <summary>An open (not finished) job: a finished job takes no more input.</summary>
    public bool OpenJob(int row, ProcessingJobData job)
    {
        if (!job.IsFinished)
        {
            return true;
        }

        errors.Add(row, MetrcRuleCodes.ProcessingJobFinished, $"Processing job {job.Name} is finished; unfinish it first.");
        return false;
    }

    /// <summary>An active job type of the facility by name (required).</summary>
    public JobTypeData? ActiveJobType(int row, string field, string? name)
    {
        if (!Required(row, field, name))
        {
            return null;
        }

        JobTypeData? type = ActiveJobType(name!);
        if (type is null)
        {
            errors.Add(row, MetrcRuleCodes.ProcessingJobTypeNotActive, $"{field} '{name}' does not exist or is archived.");
        }

        return type;
    }

    /// <summary>
    /// A job type's name (required, once in the request, no other active type has it), category (required) and
    /// attributes (optional, none blank). <paramref name="self"/> is the type being updated.
    /// </summary>
    public bool JobTypeFields(int row, string? name, string categoryField, string? category, List<string?>? attributes, long? self, HashSet<string> namesInRequest)
    {
        bool ok = Required(row, "Name", name);
        if (ok && (!namesInRequest.Add(name!) || ActiveJobType(name!) is { } other && other.Id != self))
        {
            errors.Add(row, MetrcRuleCodes.ProcessingJobTypeNameInUse, $"A processing job type named {name} already exists or is named twice in this request.");
            ok = false;
        }

        ok &= Required(row, categoryField, category);
        if (attributes is not null && attributes.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(row, MetrcRuleCodes.Required, "An attribute name is required (the list holds a blank).");
            ok = false;
        }

        return ok;
    }

    /// <summary>Optional units of a job's count, volume and weight: each, when given, a unit of its kind.</summary>
    public bool JobUnits(int row, string? count, string? volume, string? weight) =>
        OptionalUnit(row, "CountUnitOfMeasure", count, QuantityKind.Count)
        & OptionalUnit(row, "VolumeUnitOfMeasure", volume, QuantityKind.Volume)
        & OptionalUnit(row, "WeightUnitOfMeasure", weight, QuantityKind.Weight);

    /// <summary>
    /// The package lines of a job start (<paramref name="adjusted"/> null: active packages that hold the quantities) or of
    /// an adjustment of <paramref name="adjusted"/> (within what the job holds of each package). Null when a line breaks a rule.
    /// </summary>
    public List<(string Label, PackageData? Package, decimal Quantity)>? JobPackages(int row, List<JobPackageRow>? lines, ProcessingJobData? adjusted)
    {
        if (lines is not { Count: > 0 })
        {
            errors.Add(row, MetrcRuleCodes.Required, "Packages are required (at least one).");
            return null;
        }

        var taken = new List<(string Label, PackageData? Package, decimal Quantity)>();
        foreach (JobPackageRow line in lines)
        {
            if (!Required(row, "Packages.Label", line.Label) || !Positive(row, "Packages.Quantity", line.Quantity) || !Precise(row, "Packages.Quantity", line.Quantity!.Value))
            {
                return null;
            }

            if (!MetrcTagRules.IsValidFormat(line.Label))
            {
                errors.Add(row, MetrcRuleCodes.TagFormat, $"Packages.Label '{line.Label}' is not a valid tag.");
                return null;
            }

            string label = line.Label!;
            PackageData? package = adjusted is null ? UsablePackage(row, "Packages.Label", label) : facility.Packages.GetValueOrDefault(label);
            if (adjusted is null && package is null || !KnownUnit(row, "Packages.UnitOfMeasure", line.UnitOfMeasure))
            {
                return null;
            }

            if (package is not null && !string.Equals(line.UnitOfMeasure, package.Unit, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(row, MetrcRuleCodes.UnitIncompatible, $"Unit '{line.UnitOfMeasure}' does not match package {label} ({package.Unit}).");
                return null;
            }

            decimal total = line.Quantity.Value + taken.Where(t => t.Label == label).Sum(t => t.Quantity);
            decimal held = adjusted is null ? package!.Quantity : adjusted.Inputs.GetValueOrDefault(label);
            if (total > held)
            {
                errors.Add(row, MetrcRuleCodes.QuantityExceedsAvailable, adjusted is null
                    ? $"Package {label} holds {held} {package!.Unit}, less than {total}."
                    : $"Processing job {adjusted.Id} holds {held} of package {label}, less than {total}.");
                return null;
            }

            taken.Add((label, package, line.Quantity.Value));
        }

        return taken;
    }

    /// <summary>An optional waste quantity: when given, a number ≥ 0 with its unit of <paramref name="kind"/>; without it, the unit (if any) is still of its kind.</summary>
    public bool Waste(int row, string field, string? text, string unitField, string? unit, QuantityKind kind)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return OptionalUnit(row, unitField, unit, kind);
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) || value < 0)
        {
            errors.Add(row, MetrcRuleCodes.InvalidValue, $"{field} '{text}' is not a quantity of 0 or more.");
            return false;
        }

        return Waste(row, field, value, unitField, unit, kind);
    }

    /// <inheritdoc cref="Waste(int, string, string?, string, string?, QuantityKind)"/>
    public bool Waste(int row, string field, decimal? value, string unitField, string? unit, QuantityKind kind)
    {
        if (value is not { } waste)
        {
            return OptionalUnit(row, unitField, unit, kind);
        }

        if (waste < 0)
        {
            errors.Add(row, MetrcRuleCodes.QuantityPositive, $"{field} must not be negative.");
            return false;
        }

        return Precise(row, field, waste) && Unit(row, unitField, unit, kind);
    }

    /// <summary>At most the decimal places Metrc keeps.</summary>
    public bool Precise(int row, string field, decimal value)
    {
        if (decimal.Round(value, MetrcLimits.QuantityDecimalPlaces) == value)
        {
            return true;
        }

        errors.Add(row, MetrcRuleCodes.QuantityPrecision, $"{field} {value} has more than {MetrcLimits.QuantityDecimalPlaces} decimal places.");
        return false;
    }

    private JobTypeData? ActiveJobType(string name) =>
        facility.JobTypes.Values.FirstOrDefault(t => t.Active && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private bool OptionalUnit(int row, string field, string? unit, QuantityKind kind) => string.IsNullOrEmpty(unit) || Unit(row, field, unit, kind);

    private bool KnownUnit(int row, string field, string? unit)
    {
        if (!Required(row, field, unit))
        {
            return false;
        }

        if (MetrcUnits.TryGetKind(unit, out _))
        {
            return true;
        }

        errors.Add(row, MetrcRuleCodes.UnitUnknown, $"Unit of measure '{unit}' does not exist.");
        return false;
    }
}
