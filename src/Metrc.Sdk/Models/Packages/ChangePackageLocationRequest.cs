using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: change package location request.</summary>
public sealed record ChangePackageLocationRequest
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Location.</summary>
    public string? Location { get; init; }

    /// <summary>Sublocation.</summary>
    public string? Sublocation { get; init; }

    /// <summary>Move date.</summary>
    public LocalDate? MoveDate { get; init; }
}
