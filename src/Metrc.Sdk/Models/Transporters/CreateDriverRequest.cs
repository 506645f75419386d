namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create driver request.</summary>
public sealed record CreateDriverRequest
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Drivers license number.</summary>
    public string? DriversLicenseNumber { get; init; }

    /// <summary>Employee id.</summary>
    public string? EmployeeId { get; init; }
}
