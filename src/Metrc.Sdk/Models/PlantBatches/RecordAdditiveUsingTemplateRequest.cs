using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: record additive using template request.</summary>
public sealed record RecordAdditiveUsingTemplateRequest
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

    /// <summary>Plant batch name.</summary>
    public string? PlantBatchName { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
