using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: destroy plant batch request.</summary>
public sealed record DestroyPlantBatchRequest
{
    /// <summary>Plant batch.</summary>
    public string? PlantBatch { get; init; }

    /// <summary>Count.</summary>
    public int? Count { get; init; }

    /// <summary>Waste method name.</summary>
    public string? WasteMethodName { get; init; }

    /// <summary>Waste material mixed.</summary>
    public string? WasteMaterialMixed { get; init; }

    /// <summary>Waste reason name.</summary>
    public string? WasteReasonName { get; init; }

    /// <summary>Reason note.</summary>
    public string? ReasonNote { get; init; }

    /// <summary>Waste weight.</summary>
    public decimal? WasteWeight { get; init; }

    /// <summary>Waste unit of measure.</summary>
    public string? WasteUnitOfMeasure { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
