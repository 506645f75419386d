namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: patient registration location.</summary>
public sealed record PatientRegistrationLocation
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }
}
