using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: record additive by location using template request.</summary>
public sealed record RecordAdditiveByLocationUsingTemplateRequest
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

    /// <summary>Location name.</summary>
    public string? LocationName { get; init; }

    /// <summary>Sublocation name.</summary>
    public string? SublocationName { get; init; }

    /// <summary>Actual date.</summary>
    public LocalDate? ActualDate { get; init; }
}
