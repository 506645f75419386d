namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: rename harvest request.</summary>
public sealed record RenameHarvestRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Old name.</summary>
    public string? OldName { get; init; }

    /// <summary>New name.</summary>
    public string? NewName { get; init; }
}
