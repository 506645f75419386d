namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: vehicle.</summary>
public sealed record Vehicle
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Facility id.</summary>
    public long? FacilityId { get; init; }

    /// <summary>Make.</summary>
    public string? Make { get; init; }

    /// <summary>Model.</summary>
    public string? Model { get; init; }

    /// <summary>License plate number.</summary>
    public string? LicensePlateNumber { get; init; }
}
