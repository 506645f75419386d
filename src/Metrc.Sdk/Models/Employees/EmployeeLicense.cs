using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: employee license.</summary>
public sealed record EmployeeLicense
{
    /// <summary>Number.</summary>
    public string? Number { get; init; }

    /// <summary>Employee license number.</summary>
    public string? EmployeeLicenseNumber { get; init; }

    /// <summary>Start date.</summary>
    public LocalDate? StartDate { get; init; }

    /// <summary>End date.</summary>
    public LocalDate? EndDate { get; init; }

    /// <summary>License type.</summary>
    public string? LicenseType { get; init; }
}
