using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/decontaminate</c>: only a package that failed its lab test, with method, date and steps.</summary>
internal sealed class DecontaminatePackageRules : IRowRules<DecontaminatePackageRequest>
{
    public static readonly DecontaminatePackageRules Instance = new();

    public void Check(ValidationSession s, int row, DecontaminatePackageRequest r) =>
        s.Remedy(row, r.PackageLabel, ("DecontaminationMethodName", "DecontaminationDate", "DecontaminationSteps"), r.DecontaminationMethodName, r.DecontaminationDate, r.DecontaminationSteps);
}
