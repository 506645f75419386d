using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/remediate</c>: only a package that failed its lab test, with method, date and steps.</summary>
internal sealed class RemediatePackageRules : IRowRules<RemediatePackageRequest>
{
    public static readonly RemediatePackageRules Instance = new();

    public void Check(ValidationSession s, int row, RemediatePackageRequest r) =>
        s.Remedy(row, r.PackageLabel, ("RemediationMethodName", "RemediationDate", "RemediationSteps"), r.RemediationMethodName, r.RemediationDate, r.RemediationSteps);
}
