using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST</c> and <c>PUT /transporters/v2/drivers</c>: name, employee id and driver's licence; an update names an existing driver.</summary>
internal sealed class DriverRules : IRowRules<CreateDriverRequest>, IRowRules<UpdateDriverRequest>
{
    public static readonly DriverRules Instance = new();

    public void Check(ValidationSession s, int row, CreateDriverRequest r) => Fields(s, row, r.Name, r.EmployeeId, r.DriversLicenseNumber);

    public void Check(ValidationSession s, int row, UpdateDriverRequest r)
    {
        if (s.Required(row, "Id", r.Id))
        {
            s.KnownId(row, "Id", r.Id!, s.Snapshot?.Drivers, MetrcRuleCodes.DriverNotFound, "Driver");
        }

        Fields(s, row, r.Name, r.EmployeeId, r.DriversLicenseNumber);
    }

    private static void Fields(ValidationSession s, int row, string? name, string? employeeId, string? license)
    {
        s.Required(row, "Name", name);
        s.Required(row, "EmployeeId", employeeId);
        s.Required(row, "DriversLicenseNumber", license);
    }
}
