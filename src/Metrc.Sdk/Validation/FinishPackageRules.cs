using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/finish</c>.</summary>
internal sealed class FinishPackageRules : IRowRules<FinishPackageRequest>
{
    public static readonly FinishPackageRules Instance = new();

    public void Check(ValidationSession s, int row, FinishPackageRequest r)
    {
        s.Date(row, "ActualDate", r.ActualDate);
        if (!s.UniqueLabel(row, "Label", r.Label) || s.Package(row, "Label", r.Label) is not { } package)
        {
            return;
        }

        if (!PackageLifecycle.CanFinish(package.Status))
        {
            s.Report(row, "Label", PackageLifecycle.CheckUsable(package.Status) ?? MetrcRuleCodes.PackageNotActive, $"Package {r.Label} is {package.Status} and cannot be finished.");
        }
    }
}
