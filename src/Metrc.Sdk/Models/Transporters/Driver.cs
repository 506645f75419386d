namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: driver.</summary>
public sealed record Driver
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Facility id.</summary>
    public long? FacilityId { get; init; }

    /// <summary>Employee id.</summary>
    public string? EmployeeId { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Drivers license number.</summary>
    public string? DriversLicenseNumber { get; init; }
}
