using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: change plant tag request.</summary>
public sealed record ChangePlantTagRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Tag id.</summary>
    public long? TagId { get; init; }

    /// <summary>New tag.</summary>
    public string? NewTag { get; init; }

    /// <summary>Replace date.</summary>
    public LocalDate? ReplaceDate { get; init; }
}
