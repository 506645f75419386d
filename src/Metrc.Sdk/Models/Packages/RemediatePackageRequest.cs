using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: remediate package request.</summary>
public sealed record RemediatePackageRequest
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Remediation method name.</summary>
    public string? RemediationMethodName { get; init; }

    /// <summary>Remediation date.</summary>
    public LocalDate? RemediationDate { get; init; }

    /// <summary>Remediation steps.</summary>
    public string? RemediationSteps { get; init; }
}
