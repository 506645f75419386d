using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST /locations/v2</c>: a new name and a location type that exists.</summary>
internal sealed class CreateLocationRules : IRowRules<CreateLocationRequest>
{
    public static readonly CreateLocationRules Instance = new();

    public void Check(ValidationSession s, int row, CreateLocationRequest r)
    {
        s.NewName(row, "Name", r.Name, s.Snapshot?.Locations is { } locations ? locations.Contains : null, MetrcRuleCodes.LocationNameInUse, "A location");
        s.Named(row, "LocationTypeName", r.LocationTypeName, s.Snapshot?.LocationTypes, MetrcRuleCodes.LocationTypeNotFound);
    }
}
