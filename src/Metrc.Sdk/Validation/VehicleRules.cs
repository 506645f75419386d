using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST</c> and <c>PUT /transporters/v2/vehicles</c>: make, model and plate; an update names an existing vehicle.</summary>
internal sealed class VehicleRules : IRowRules<CreateVehicleRequest>, IRowRules<UpdateVehicleRequest>
{
    public static readonly VehicleRules Instance = new();

    public void Check(ValidationSession s, int row, CreateVehicleRequest r) => Fields(s, row, r.Make, r.Model, r.LicensePlateNumber);

    public void Check(ValidationSession s, int row, UpdateVehicleRequest r)
    {
        if (s.Required(row, "Id", r.Id))
        {
            s.KnownId(row, "Id", r.Id!, s.Snapshot?.Vehicles, MetrcRuleCodes.VehicleNotFound, "Vehicle");
        }

        Fields(s, row, r.Make, r.Model, r.LicensePlateNumber);
    }

    private static void Fields(ValidationSession s, int row, string? make, string? model, string? plate)
    {
        s.Required(row, "Make", make);
        s.Required(row, "Model", model);
        s.Required(row, "LicensePlateNumber", plate);
    }
}
