using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: change plant batch location request.</summary>
public sealed record ChangePlantBatchLocationRequest
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Location.</summary>
    public string? Location { get; init; }

    /// <summary>Sublocation.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Move date.</summary>
    public LocalDate? MoveDate { get; init; }
}
