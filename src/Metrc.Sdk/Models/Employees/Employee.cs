namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: employee.</summary>
public sealed record Employee
{
    /// <summary>Full name.</summary>
    public string? FullName { get; init; }

    /// <summary>License.</summary>
    public FacilityLicense? License { get; init; }

    /// <summary>Whether industry admin.</summary>
    public bool IsIndustryAdmin { get; init; }

    /// <summary>Whether owner.</summary>
    public bool IsOwner { get; init; }

    /// <summary>Whether manager.</summary>
    public bool IsManager { get; init; }
}
