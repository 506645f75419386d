namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: create strain request.</summary>
public sealed record CreateStrainRequest
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Testing status.</summary>
    public string? TestingStatus { get; init; }

    /// <summary>Thc level.</summary>
    public decimal? ThcLevel { get; init; }

    /// <summary>Cbd level.</summary>
    public decimal? CbdLevel { get; init; }

    /// <summary>Indica percentage.</summary>
    public decimal? IndicaPercentage { get; init; }

    /// <summary>Sativa percentage.</summary>
    public decimal? SativaPercentage { get; init; }
}
