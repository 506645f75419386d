namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: lab test type.</summary>
public sealed record LabTestType
{
    /// <summary>Metrc's id.</summary>
    public long Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Requires test result.</summary>
    public bool RequiresTestResult { get; init; }

    /// <summary>Informational only.</summary>
    public bool InformationalOnly { get; init; }

    /// <summary>Research and development.</summary>
    public bool ResearchAndDevelopment { get; init; }

    /// <summary>Always passes.</summary>
    public bool AlwaysPasses { get; init; }

    /// <summary>Max allowed failure count.</summary>
    public int? MaxAllowedFailureCount { get; init; }

    /// <summary>Lab test result mode.</summary>
    public int? LabTestResultMode { get; init; }

    /// <summary>Lab test result minimum.</summary>
    public string? LabTestResultMinimum { get; init; }

    /// <summary>Lab test result maximum.</summary>
    public string? LabTestResultMaximum { get; init; }

    /// <summary>Lab test result expiration days.</summary>
    public string? LabTestResultExpirationDays { get; init; }

    /// <summary>Dependency mode.</summary>
    public int? DependencyMode { get; init; }
}
