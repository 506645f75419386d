using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /packages/v2/location</c>: an active package moves to a location (and optional sublocation) that exists, on a valid date.</summary>
internal sealed class ChangePackageLocationRules : IRowRules<ChangePackageLocationRequest>
{
    public static readonly ChangePackageLocationRules Instance = new();

    public void Check(ValidationSession s, int row, ChangePackageLocationRequest r)
    {
        s.ActivePackage(row, "Label", r.Label);
        s.Location(row, "Location", r.Location);
        s.OptionalSublocation(row, "Sublocation", r.Sublocation);
        s.Date(row, "MoveDate", r.MoveDate);
    }
}
