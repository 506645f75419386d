using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: change plant batch tag request.</summary>
public sealed record ChangePlantBatchTagRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Group.</summary>
    public string? Group { get; init; }

    /// <summary>Tag id.</summary>
    public long? TagId { get; init; }

    /// <summary>New tag.</summary>
    public string? NewTag { get; init; }

    /// <summary>Replace date.</summary>
    public LocalDate? ReplaceDate { get; init; }
}
