using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

// Checks of processing jobs and job types.
internal sealed partial class ValidationSession
{
    private Dictionary<long, MetrcProcessingJobInfo>? _jobsById;

    /// <summary>A required job id; with a snapshot listing jobs, the job (reported as not found when missing).</summary>
    public MetrcProcessingJobInfo? Job(int row, FieldPath field, long? id)
    {
        if (id is not { } value)
        {
            Report(row, field, MetrcRuleCodes.Required, $"{field.Name} is required.");
            return null;
        }

        if (Snapshot?.ProcessingJobs is not { } jobs)
        {
            return null;
        }

        if (_jobsById is null)
        {
            _jobsById = [];
            foreach (MetrcProcessingJobInfo job in jobs.Values)
            {
                _jobsById[job.Id] = job;
            }
        }

        if (_jobsById.TryGetValue(value, out MetrcProcessingJobInfo? found))
        {
            return found;
        }

        Report(row, field, MetrcRuleCodes.ProcessingJobNotFound, $"Processing job {value} was not found.");
        return null;
    }

    /// <summary>A required job name; with a snapshot listing jobs, the job (reported as not found when missing).</summary>
    public MetrcProcessingJobInfo? Job(int row, FieldPath field, string? name)
    {
        if (!Required(row, field, name) || Snapshot?.ProcessingJobs is not { } jobs)
        {
            return null;
        }

        if (jobs.TryGetValue(name!, out MetrcProcessingJobInfo? job))
        {
            return job;
        }

        Report(row, field, MetrcRuleCodes.ProcessingJobNotFound, $"Processing job {name} was not found.");
        return null;
    }

    /// <summary>The job, when known, must be open: a finished job takes no more input.</summary>
    public bool OpenJob(int row, FieldPath field, MetrcProcessingJobInfo? job, string what)
    {
        if (job is not { IsFinished: true })
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.ProcessingJobFinished, $"Processing job {what} is finished; unfinish it first.");
        return false;
    }

    /// <summary>A required job type name that, with a snapshot listing job types, is active.</summary>
    public bool ActiveJobType(int row, FieldPath field, string? name)
    {
        if (!Required(row, field, name))
        {
            return false;
        }

        if (Snapshot?.ProcessingJobTypes is not { } types || types.ContainsKey(name!))
        {
            return true;
        }

        Report(row, field, MetrcRuleCodes.ProcessingJobTypeNotActive, $"{field.Name} '{name}' does not exist or is archived.");
        return false;
    }

    /// <summary>
    /// A job type's name, category and attributes: the name is required, once in the write and not used by another
    /// active type of the facility (<paramref name="self"/> is the type being updated, which may keep its name); the
    /// category is required; attributes, when given, are not blank.
    /// </summary>
    public void JobTypeFields(int row, string? name, FieldPath categoryField, string? category, IReadOnlyList<string>? attributes, long? self)
    {
        if (Required(row, "Name", name))
        {
            if (!UniqueName(name!.ToUpperInvariant()))
            {
                Report(row, "Name", MetrcRuleCodes.ProcessingJobTypeNameInUse, $"Processing job type name {name} is used more than once in this request.");
            }
            else if (Snapshot?.ProcessingJobTypes is { } types && types.TryGetValue(name, out long existing) && existing != self)
            {
                Report(row, "Name", MetrcRuleCodes.ProcessingJobTypeNameInUse, $"A processing job type named {name} already exists.");
            }
        }

        Required(row, categoryField, category);
        if (attributes is not null)
        {
            // Attributes are optional (Metrc requires them only for categories flagged so), but none may be blank.
            for (int i = 0; i < attributes.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(attributes[i]))
                {
                    Report(row, $"Attributes[{i}]", MetrcRuleCodes.Required, "An attribute name is required (the list holds a blank).");
                }
            }
        }
    }

    /// <summary>The job's optional count, volume and weight units: each, when given, a unit of its kind.</summary>
    public void JobUnits(int row, (FieldPath Field, string? Unit) count, (FieldPath Field, string? Unit) volume, (FieldPath Field, string? Unit) weight)
    {
        OptionalUnit(row, count.Field, count.Unit, QuantityKind.Count);
        OptionalUnit(row, volume.Field, volume.Unit, QuantityKind.Volume);
        OptionalUnit(row, weight.Field, weight.Unit, QuantityKind.Weight);
    }

    /// <summary>
    /// The package lines of a job start (each a usable package holding the quantity) or, when <paramref name="adjustment"/>,
    /// of an adjustment of <paramref name="job"/> (each within what the job holds of the package, when known): at
    /// least one line; each a well-formed label with a positive quantity in the package's unit, counting earlier lines
    /// of the same label.
    /// </summary>
    public void JobPackages(int row, IReadOnlyList<ProcessingJobPackageRequest>? packages, bool adjustment, MetrcProcessingJobInfo? job)
    {
        if (!RequiredList(row, "Packages", packages) || packages is null)
        {
            return;
        }

        for (int i = 0; i < packages.Count; i++)
        {
            ProcessingJobPackageRequest? line = packages[i];
            FieldPath label = FieldPath.Item("Packages", i, "Label");
            if (!RequiredItem(row, label, line, "Package"))
            {
                continue;
            }

            FieldPath quantity = FieldPath.Item("Packages", i, "Quantity");
            FieldPath unit = FieldPath.Item("Packages", i, "UnitOfMeasure");
            bool quantityOk = line.Quantity is { } q ? Positive(row, quantity, q) : Required(row, quantity, null);
            Unit(row, unit, line.UnitOfMeasure, null);
            if (!TagFormat(row, label, line.Label))
            {
                continue;
            }

            string tag = line.Label!;
            MetrcPackageInfo? package = !adjustment ? UsablePackage(row, label, tag) : Snapshot?.Packages?.GetValueOrDefault(tag);
            if (package is not null)
            {
                SameUnit(row, unit, line.UnitOfMeasure, tag, package);
            }

            decimal taken = line.Quantity.GetValueOrDefault() + Earlier(packages, i, tag);
            if (!quantityOk)
            {
                continue;
            }

            if (!adjustment)
            {
                if (package is not null)
                {
                    Available(row, quantity, taken, tag, package);
                }
            }
            else if (job?.Inputs is { } inputs && taken > inputs.GetValueOrDefault(tag))
            {
                Report(row, quantity, MetrcRuleCodes.QuantityExceedsAvailable,
                    $"Processing job {job.Id} holds {inputs.GetValueOrDefault(tag)} of package {tag}, less than {taken}.");
            }
        }
    }

    /// <summary>A waste quantity written as text (Metrc's count and volume waste): when given, a number ≥ 0 with its unit.</summary>
    public void Waste(int row, FieldPath field, string? text, FieldPath unitField, string? unit, QuantityKind kind)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            OptionalUnit(row, unitField, unit, kind);
            return;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) || value < 0)
        {
            Report(row, field, MetrcRuleCodes.InvalidValue, $"{field.Name} '{text}' is not a quantity of 0 or more.");
            return;
        }

        Waste(row, field, value, unitField, unit, kind);
    }

    /// <summary>A waste quantity: when given, ≥ 0 with at most four decimals, and then its unit is required and of <paramref name="kind"/>.</summary>
    public void Waste(int row, FieldPath field, decimal? value, FieldPath unitField, string? unit, QuantityKind kind)
    {
        if (value is not { } waste)
        {
            OptionalUnit(row, unitField, unit, kind);
            return;
        }

        if (waste < 0)
        {
            Report(row, field, MetrcRuleCodes.QuantityPositive, $"{field.Name} must not be negative.");
        }
        else
        {
            Precision(row, field, waste);
        }

        Unit(row, unitField, unit, kind);
    }

    private void OptionalUnit(int row, FieldPath field, string? unit, QuantityKind kind)
    {
        if (!string.IsNullOrEmpty(unit))
        {
            Unit(row, field, unit, kind);
        }
    }

    private static decimal Earlier(IReadOnlyList<ProcessingJobPackageRequest> lines, int before, string label)
    {
        decimal total = 0;
        for (int j = 0; j < before; j++)
        {
            if (lines[j] is { Quantity: > 0 } earlier && string.Equals(earlier.Label, label, StringComparison.Ordinal))
            {
                total += earlier.Quantity.Value;
            }
        }

        return total;
    }
}
