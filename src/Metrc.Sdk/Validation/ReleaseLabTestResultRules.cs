using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /labtests/v2/results/release</c>.</summary>
internal sealed class ReleaseLabTestResultRules : IRowRules<ReleaseLabTestResultRequest>
{
    public static readonly ReleaseLabTestResultRules Instance = new();

    public void Check(ValidationSession s, int row, ReleaseLabTestResultRequest r)
    {
        if (s.TestablePackage(row, "PackageLabel", r.PackageLabel) is { LabTestingState: { } state } && !LabTestLifecycle.HasResults(state))
        {
            s.Report(row, "PackageLabel", MetrcRuleCodes.LabTestNoResults, $"Package {r.PackageLabel} has no lab test results to release ({state}).");
        }
    }
}
