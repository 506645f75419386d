namespace Metrc.Sdk.Models;

/// <summary>A strain defined by a facility.</summary>
public sealed record Strain
{
    /// <summary>Metrc's id of the strain.</summary>
    public long Id { get; init; }

    /// <summary>The strain name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Testing status (for example <c>None</c>, <c>InHouse</c>).</summary>
    public string? TestingStatus { get; init; }

    /// <summary>THC level, when recorded.</summary>
    public decimal? ThcLevel { get; init; }

    /// <summary>CBD level, when recorded.</summary>
    public decimal? CbdLevel { get; init; }

    /// <summary>Indica share in percent.</summary>
    public decimal? IndicaPercentage { get; init; }

    /// <summary>Sativa share in percent.</summary>
    public decimal? SativaPercentage { get; init; }

    /// <summary>Whether it has been used (a used record can no longer be deleted).</summary>
    public bool IsUsed { get; init; }

    /// <summary>Genetic make-up as free text (for example an indica/sativa split).</summary>
    public string? Genetics { get; init; }
}
