using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing.Data;
using NodaTime;

namespace Metrc.Sdk.Testing.Rules;

// Checks of lab test writes and of the lab-test side of sales and transfers.
internal sealed partial class RowChecks
{
    /// <summary>A package of this facility whose lab tests can change: not finished, in transit or gone.</summary>
    public PackageData? TestablePackage(int row, string field, string? label)
    {
        if (!Label(row, field, label))
        {
            return null;
        }

        if (!Facility.Packages.TryGetValue(label!, out PackageData? package))
        {
            Errors.Add(row, MetrcRuleCodes.PackageNotActive, $"Package {label} was not found.");
            return null;
        }

        string? code = LabTestLifecycle.CheckTestable(package.Status);
        if (code is null)
        {
            return package;
        }

        Errors.Add(row, code, $"Package {label} is {package.Status}; its lab tests cannot change.");
        return null;
    }

    /// <summary>A required timestamp whose date in the state's zone is a valid business date (not future, not before the licence).</summary>
    public DateOnly? LocalDateOf(int row, string field, DateTimeOffset? value)
    {
        if (value is not { } timestamp)
        {
            Errors.Add(row, MetrcRuleCodes.Required, $"{field} is required.");
            return null;
        }

        DateTimeZone zone = DateTimeZoneProviders.Tzdb[Rules.TimeZoneId];
        DateOnly date = Instant.FromDateTimeOffset(timestamp).InZone(zone).Date.ToDateOnly();
        return Date(row, field, date) ? date : null;
    }

    /// <summary>A lab test document: a PDF file name and base 64 content of at most 5 MB.</summary>
    public bool LabTestDocument(int row, string? fileName, string? base64)
    {
        if (!LabTestLifecycle.IsPdfFileName(fileName))
        {
            Errors.Add(row, MetrcRuleCodes.LabTestDocumentInvalid, $"DocumentFileName '{fileName}' is not a PDF file (Metrc takes only PDF files).");
            return false;
        }

        if (!LabTestLifecycle.IsDocumentContent(base64))
        {
            Errors.Add(row, MetrcRuleCodes.LabTestDocumentInvalid, $"DocumentFileBase64 of {fileName} must be base 64 of at most {LabTestLifecycle.MaxDocumentBytes / (1024 * 1024)} MB.");
            return false;
        }

        return true;
    }

    /// <summary>A package sold or transferred: not failed (any state) and, when the state requires it, passed.</summary>
    public bool LabTestAllowsUse(int row, PackageData package, bool passRequired, string purpose)
    {
        string? code = LabTestLifecycle.CheckSellable(LabTestingState.From(package.LabTestingState), passRequired);
        if (code is null)
        {
            return true;
        }

        Errors.Add(row, code, code == MetrcRuleCodes.LabTestFailed
            ? $"Package {package.Label} failed its lab test ({package.LabTestingState}); it cannot be used for {purpose} until remediated and retested."
            : $"Package {package.Label} needs a passing lab test before {purpose}.");
        return false;
    }
}
