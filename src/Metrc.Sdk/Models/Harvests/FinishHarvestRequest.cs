using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: finish harvest request.</summary>
public sealed record FinishHarvestRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
