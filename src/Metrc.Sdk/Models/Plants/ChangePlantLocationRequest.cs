using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: change plant location request.</summary>
public sealed record ChangePlantLocationRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Location.</summary>
    public string? Location { get; init; }

    /// <summary>Sublocation.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
