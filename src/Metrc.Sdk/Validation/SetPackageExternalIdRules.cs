using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/externalid</c>: an external id on a package of the facility.</summary>
internal sealed class SetPackageExternalIdRules : IRowRules<SetPackageExternalIdRequest>
{
    public static readonly SetPackageExternalIdRules Instance = new();

    public void Check(ValidationSession s, int row, SetPackageExternalIdRequest r)
    {
        s.ExistingPackage(row, "PackageLabel", r.PackageLabel);
        s.Required(row, "ExternalId", r.ExternalId);
    }
}
