namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: patient check in location.</summary>
public sealed record PatientCheckInLocation
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }
}
