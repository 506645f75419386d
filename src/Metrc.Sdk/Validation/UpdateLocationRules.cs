using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /locations/v2</c>: a location id, a name once in the write and a location type that exists.</summary>
internal sealed class UpdateLocationRules : IRowRules<UpdateLocationRequest>
{
    public static readonly UpdateLocationRules Instance = new();

    public void Check(ValidationSession s, int row, UpdateLocationRequest r)
    {
        s.Update(row, r.Id, r.Name, MetrcRuleCodes.LocationNameInUse, "A location");
        s.Named(row, "LocationTypeName", r.LocationTypeName, s.Snapshot?.LocationTypes, MetrcRuleCodes.LocationTypeNotFound);
    }
}
