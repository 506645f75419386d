using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Validation;

// Checks of lab test writes: packages that can be tested, remedied or released, result ids, documents.
internal sealed partial class ValidationSession
{
    /// <summary>A well-formed label of a package that, with a snapshot, exists and is not finished, in transit or gone.</summary>
    public MetrcPackageInfo? TestablePackage(int row, FieldPath field, string? label)
    {
        if (!TagFormat(row, field, label) || Package(row, field, label!) is not { } package)
        {
            return null;
        }

        string? code = LabTestLifecycle.CheckTestable(package.Status);
        if (code is null)
        {
            return package;
        }

        Report(row, field, code, $"Package {label} is {package.Status}; its lab tests cannot change.");
        return null;
    }

    /// <summary>A required timestamp whose date in the facility's zone is not after today nor before the licence start.</summary>
    public bool LocalDateOf(int row, FieldPath field, OffsetDateTime? value)
    {
        if (value is not { } timestamp)
        {
            Report(row, field, MetrcRuleCodes.Required, $"{field.Name} is required.");
            return false;
        }

        return Date(row, field, timestamp.ToInstant().InZone(Zone).Date);
    }


    /// <summary>A lab test document: a PDF file name and its base 64 content of at most 5 MB.</summary>
    public bool LabTestDocument(int row, string? fileName, string? base64)
    {
        if (!LabTestLifecycle.IsPdfFileName(fileName))
        {
            Report(row, "DocumentFileName", MetrcRuleCodes.LabTestDocumentInvalid, $"DocumentFileName '{fileName}' is not a PDF file (Metrc takes only PDF files).");
            return false;
        }

        if (!LabTestLifecycle.IsDocumentContent(base64))
        {
            Report(row, "DocumentFileBase64", MetrcRuleCodes.LabTestDocumentInvalid, $"DocumentFileBase64 of {fileName} must be base 64 of at most {LabTestLifecycle.MaxDocumentBytes / (1024 * 1024)} MB.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// A remediation or decontamination row: the package exists, can change, and failed its test (with a known lab state);
    /// the method, date and steps are given. <paramref name="fields"/> names the row's method, date and steps fields.
    /// </summary>
    public void Remedy(int row, string? label, (string Method, string Date, string Steps) fields, string? method, LocalDate? date, string? steps)
    {
        Required(row, fields.Method, method);
        Date(row, fields.Date, date);
        Required(row, fields.Steps, steps);
        if (TestablePackage(row, "PackageLabel", label) is { LabTestingState: { } state } && !LabTestLifecycle.IsFailed(state))
        {
            Report(row, "PackageLabel", MetrcRuleCodes.LabTestNotFailed, $"Package {label} is {state}; only a package that failed its lab test can be remediated or decontaminated.");
        }
    }
}
