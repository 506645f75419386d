namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create vehicle request.</summary>
public sealed record CreateVehicleRequest
{
    /// <summary>Make.</summary>
    public string? Make { get; init; }

    /// <summary>Model.</summary>
    public string? Model { get; init; }

    /// <summary>License plate number.</summary>
    public string? LicensePlateNumber { get; init; }
}
