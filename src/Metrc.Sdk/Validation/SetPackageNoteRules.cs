using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/note</c>: a note on a package of the facility.</summary>
internal sealed class SetPackageNoteRules : IRowRules<SetPackageNoteRequest>
{
    public static readonly SetPackageNoteRules Instance = new();

    public void Check(ValidationSession s, int row, SetPackageNoteRequest r)
    {
        s.ExistingPackage(row, "PackageLabel", r.PackageLabel);
        s.Required(row, "Note", r.Note);
    }
}
