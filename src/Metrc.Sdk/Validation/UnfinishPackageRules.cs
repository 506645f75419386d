using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/unfinish</c>.</summary>
internal sealed class UnfinishPackageRules : IRowRules<UnfinishPackageRequest>
{
    public static readonly UnfinishPackageRules Instance = new();

    public void Check(ValidationSession s, int row, UnfinishPackageRequest r)
    {
        if (!s.UniqueLabel(row, "Label", r.Label) || s.Package(row, "Label", r.Label) is not { } package)
        {
            return;
        }

        if (!PackageLifecycle.CanUnfinish(package.Status))
        {
            s.Report(row, "Label", MetrcRuleCodes.PackageNotActive, $"Package {r.Label} is {package.Status}, not finished; only a finished package can be unfinished.");
        }
    }
}
