namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: update location request.</summary>
public sealed record UpdateLocationRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Location type name.</summary>
    public string? LocationTypeName { get; init; }
}
