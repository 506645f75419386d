using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: adjust plant request.</summary>
public sealed record AdjustPlantRequest
{
    /// <summary>Metrc's id.</summary>
    public long? Id { get; init; }

    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Adjust count.</summary>
    public int? AdjustCount { get; init; }

    /// <summary>Adjust reason.</summary>
    public string? AdjustReason { get; init; }

    /// <summary>Reason note.</summary>
    public string? ReasonNote { get; init; }

    /// <summary>Adjustment date.</summary>
    public OffsetDateTime? AdjustmentDate { get; init; }
}
