namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: caregiver status.</summary>
public sealed record CaregiverStatus
{
    /// <summary>Caregiver license number.</summary>
    public string? CaregiverLicenseNumber { get; init; }

    /// <summary>Active.</summary>
    public bool Active { get; init; }

    /// <summary>Patients.</summary>
    public IReadOnlyList<string>? Patients { get; init; }
}
