namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update vehicle request.</summary>
public sealed record UpdateVehicleRequest
{
    /// <summary>Metrc's id.</summary>
    public string? Id { get; init; }

    /// <summary>Make.</summary>
    public string? Make { get; init; }

    /// <summary>Model.</summary>
    public string? Model { get; init; }

    /// <summary>License plate number.</summary>
    public string? LicensePlateNumber { get; init; }
}
