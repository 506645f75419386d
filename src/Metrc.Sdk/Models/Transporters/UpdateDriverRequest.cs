namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update driver request.</summary>
public sealed record UpdateDriverRequest
{
    /// <summary>Metrc's id.</summary>
    public string? Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Drivers license number.</summary>
    public string? DriversLicenseNumber { get; init; }

    /// <summary>Employee id.</summary>
    public string? EmployeeId { get; init; }
}
