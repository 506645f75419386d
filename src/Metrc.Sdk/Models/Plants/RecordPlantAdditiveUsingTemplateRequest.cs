using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: record plant additive using template request.</summary>
public sealed record RecordPlantAdditiveUsingTemplateRequest
{
    /// <summary>Additives template name.</summary>
    public string? AdditivesTemplateName { get; init; }

    /// <summary>Rate.</summary>
    public string? Rate { get; init; }

    /// <summary>Volume.</summary>
    public string? Volume { get; init; }

    /// <summary>Total amount applied.</summary>
    public decimal? TotalAmountApplied { get; init; }

    /// <summary>Total amount unit of measure.</summary>
    public string? TotalAmountUnitOfMeasure { get; init; }

    /// <summary>Plant labels.</summary>
    public IReadOnlyList<string>? PlantLabels { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
