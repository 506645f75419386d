using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A row of a Metrc write: decontaminate package request.</summary>
public sealed record DecontaminatePackageRequest
{
    /// <summary>Package label.</summary>
    public string? PackageLabel { get; init; }

    /// <summary>Decontamination method name.</summary>
    public string? DecontaminationMethodName { get; init; }

    /// <summary>Decontamination date.</summary>
    public LocalDate? DecontaminationDate { get; init; }

    /// <summary>Decontamination steps.</summary>
    public string? DecontaminationSteps { get; init; }
}
