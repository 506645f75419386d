using System.Globalization;
using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;
using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Metrc.Sdk.Testing.Rules;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>
/// Lab test writes: record results (the package's lab testing state follows them), attach documents, release results,
/// set the batches a package requires, remediate and decontaminate failed packages; and the results of a package.
/// </summary>
internal static class LabTestWrites
{
    public static void Register(EmulatorRoutes app, EmulatorStore store, EmulatorWriteLog log, bool partial)
    {
        app.Handle("LabTests.RecordResults", ctx => WriteHandler.HandleAsync<RecordResultRow>(ctx, store, log, partial, (c, i, r) => Record(store, c, i, r)));
        app.Handle("LabTests.UploadDocuments", ctx => WriteHandler.HandleAsync<UploadDocumentRow>(ctx, store, log, partial, (c, i, r) => Upload(store, c, i, r)));
        app.Handle("LabTests.ReleaseResults", ctx => WriteHandler.HandleAsync<ReleaseResultRow>(ctx, store, log, partial, (c, i, r) => Release(store, c, i, r)));
        app.Handle("Packages.SetRequiredLabTests", ctx => WriteHandler.HandleAsync<RequiredLabTestsRow>(ctx, store, log, partial, (c, i, r) => SetRequired(store, c, i, r)));
        app.Handle("Packages.Remediate", ctx => WriteHandler.HandleAsync<RemediateRow>(ctx, store, log, partial, (c, i, r) =>
            Remedy(store, c, i, r.PackageLabel, ("RemediationMethodName", r.RemediationMethodName), ("RemediationDate", r.RemediationDate),
                ("RemediationSteps", r.RemediationSteps), LabTestingState.Remediated)));
        app.Handle("Packages.Decontaminate", ctx => WriteHandler.HandleAsync<DecontaminateRow>(ctx, store, log, partial, (c, i, r) =>
            Remedy(store, c, i, r.PackageLabel, ("DecontaminationMethodName", r.DecontaminationMethodName), ("DecontaminationDate", r.DecontaminationDate),
                ("DecontaminationSteps", r.DecontaminationSteps), LabTestingState.Decontaminated)));
        app.Handle("LabTests.ListResults", ctx =>
        {
            long packageId = long.TryParse(ctx.Request.Query["packageId"], NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : -1;
            return ListHandler.PagedAsync(ctx, store,
                f => f.LabResults.Where(r => r.PackageId == packageId).SelectMany(r => r.Lines.Select(line => (Result: r, Line: line))),
                x => x.Result.LastModified, x => x.Result.Id, (x, f) => Project(x.Result, x.Line, f));
        });
    }

    public static Func<long?>? Record(EmulatorStore store, RowChecks c, int row, RecordResultRow r)
    {
        PackageData? package = c.TestablePackage(row, "Label", r.Label);
        DateOnly? date = c.LocalDateOf(row, "ResultDate", r.ResultDate);
        bool ok = package is not null & date is not null;
        if (r.DocumentFileName is not null || r.DocumentFileBase64 is not null)
        {
            ok &= c.LabTestDocument(row, r.DocumentFileName, r.DocumentFileBase64);
        }

        if (r.Results is not { Count: > 0 })
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "Results are required (at least one).");
            return null;
        }

        foreach (ResultLineRow? line in r.Results)
        {
            if (line is null)
            {
                c.Errors.Add(row, MetrcRuleCodes.Required, "Result is required (the list holds a null).");
                return null;
            }

            ok &= c.Required(row, "Results.LabTestTypeName", line.LabTestTypeName);
            if (line.Passed is null)
            {
                c.Errors.Add(row, MetrcRuleCodes.Required, "Passed is required (whether the test passed).");
                ok = false;
            }
            else if (line.Quantity is < 0)
            {
                c.Errors.Add(row, MetrcRuleCodes.InvalidValue, $"Quantity {line.Quantity} must not be negative.");
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            var result = new LabResultData
            {
                Id = store.NextId(),
                PackageId = package!.Id,
                PackageLabel = package.Label,
                TestPerformedDate = date!.Value,
                LastModified = store.Now,
                Lines = [.. r.Results.Select(l => new LabResultLineData { TestTypeName = l!.LabTestTypeName!, Quantity = l.Quantity, Passed = l.Passed!.Value, Notes = l.Notes })],
            };
            if (r.DocumentFileName is not null)
            {
                result.DocumentFileId = store.NextId();
                result.DocumentFileName = r.DocumentFileName;
            }

            c.Facility.LabResults.Add(result);
            package.LabTestingState = LabTestLifecycle.AfterResults(LabTestingState.From(package.LabTestingState), result.OverallPassed).Value;
            package.LastModified = store.Now;
            return result.Id;
        };
    }

    public static Func<long?>? Upload(EmulatorStore store, RowChecks c, int row, UploadDocumentRow r)
    {
        bool ok = c.LabTestDocument(row, r.DocumentFileName, r.DocumentFileBase64);
        if (r.LabTestResultId is not { } id)
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "LabTestResultId is required.");
            return null;
        }

        LabResultData? result = c.Facility.LabResults.Find(x => x.Id == id);
        if (result is null)
        {
            c.Errors.Add(row, MetrcRuleCodes.LabTestResultNotFound, $"Lab test result {id} was not found.");
            return null;
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            result.DocumentFileId = store.NextId();
            result.DocumentFileName = r.DocumentFileName;
            result.LastModified = store.Now;
            return null;
        };
    }

    public static Func<long?>? Release(EmulatorStore store, RowChecks c, int row, ReleaseResultRow r)
    {
        PackageData? package = c.TestablePackage(row, "PackageLabel", r.PackageLabel);
        if (package is null)
        {
            return null;
        }

        if (!LabTestLifecycle.HasResults(LabTestingState.From(package.LabTestingState)))
        {
            c.Errors.Add(row, MetrcRuleCodes.LabTestNoResults, $"Package {package.Label} has no lab test results to release ({package.LabTestingState}).");
            return null;
        }

        return () =>
        {
            foreach (LabResultData result in c.Facility.LabResults.Where(x => x.PackageId == package.Id && !x.Released))
            {
                result.Released = true;
                result.ReleasedAt = store.Now;
                result.LastModified = store.Now;
            }

            return null;
        };
    }

    public static Func<long?>? SetRequired(EmulatorStore store, RowChecks c, int row, RequiredLabTestsRow r)
    {
        PackageData? package = c.Label(row, "Label", r.Label) ? c.UsablePackage(row, "Label", r.Label) : null;
        if (r.RequiredLabTestBatches is not { Count: > 0 })
        {
            c.Errors.Add(row, MetrcRuleCodes.Required, "RequiredLabTestBatches are required (at least one).");
            return null;
        }

        bool ok = package is not null;
        foreach (string? batch in r.RequiredLabTestBatches)
        {
            ok &= c.Named(row, "RequiredLabTestBatches", batch, c.Facility.LabTestBatches, MetrcRuleCodes.LabTestBatchNotFound);
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            c.Facility.RequiredLabTestBatches[package!.Label] = [.. r.RequiredLabTestBatches.Select(b => c.Facility.LabTestBatches[b!].Name)];
            package.LastModified = store.Now;
            return null;
        };
    }

    /// <summary>Remediation or decontamination: a failed package, with method, date and steps; its lab testing state becomes <paramref name="after"/>.</summary>
    public static Func<long?>? Remedy(
        EmulatorStore store, RowChecks c, int row, string? label, (string Field, string? Value) method, (string Field, DateOnly? Value) date,
        (string Field, string? Value) steps, LabTestingState after)
    {
        bool ok = c.Required(row, method.Field, method.Value) & c.Date(row, date.Field, date.Value) & c.Required(row, steps.Field, steps.Value);
        PackageData? package = c.TestablePackage(row, "PackageLabel", label);
        if (package is null)
        {
            return null;
        }

        if (!LabTestLifecycle.IsFailed(LabTestingState.From(package.LabTestingState)))
        {
            c.Errors.Add(row, MetrcRuleCodes.LabTestNotFailed, $"Package {package.Label} is {package.LabTestingState}; only a package that failed its lab test can be remediated or decontaminated.");
            return null;
        }

        if (!ok)
        {
            return null;
        }

        return () =>
        {
            package.LabTestingState = after.Value;
            package.LastModified = store.Now;
            return null;
        };
    }

    private static LabTestResultBody Project(LabResultData result, LabResultLineData line, FacilityData facility)
    {
        facility.Packages.TryGetValue(result.PackageLabel, out PackageData? package);
        string item = package?.Item ?? string.Empty;
        string category = facility.Items.TryGetValue(item, out ItemData? data) ? data.Category : string.Empty;
        return new LabTestResultBody(
            result.PackageId, result.Id, facility.LicenseNumber, facility.Name, result.PackageLabel, item, category, result.TestPerformedDate,
            result.OverallPassed, result.DocumentFileId, result.Released, result.ReleasedAt, line.TestTypeName, line.Passed, line.Quantity, line.Notes);
    }
}
