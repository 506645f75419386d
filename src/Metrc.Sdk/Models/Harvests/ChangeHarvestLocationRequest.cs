using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: change harvest location request.</summary>
public sealed record ChangeHarvestLocationRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Harvest name.</summary>
    public string? HarvestName { get; init; }

    /// <summary>Drying location.</summary>
    public string? DryingLocation { get; init; }

    /// <summary>Drying sublocation.</summary>
    public string? DryingSublocation { get; init; }

    /// <summary>Actual date.</summary>
    public OffsetDateTime? ActualDate { get; init; }
}
