namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: item brand.</summary>
public sealed record ItemBrand
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Status.</summary>
    public string? Status { get; init; }
}
