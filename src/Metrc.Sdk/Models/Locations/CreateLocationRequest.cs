namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create location request.</summary>
public sealed record CreateLocationRequest
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Location type name.</summary>
    public string? LocationTypeName { get; init; }
}
