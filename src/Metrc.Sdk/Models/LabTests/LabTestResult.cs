using NodaTime;

namespace Metrc.Sdk.Models;

/// <summary>A record Metrc returns: lab test result.</summary>
public sealed record LabTestResult
{
    /// <summary>Package id.</summary>
    public long? PackageId { get; init; }

    /// <summary>Lab test result id.</summary>
    public long? LabTestResultId { get; init; }

    /// <summary>Lab facility license number.</summary>
    public string? LabFacilityLicenseNumber { get; init; }

    /// <summary>Lab facility name.</summary>
    public string? LabFacilityName { get; init; }

    /// <summary>Source package label.</summary>
    public string? SourcePackageLabel { get; init; }

    /// <summary>Product name.</summary>
    public string? ProductName { get; init; }

    /// <summary>Product category name.</summary>
    public string? ProductCategoryName { get; init; }

    /// <summary>Test performed date.</summary>
    public LocalDate? TestPerformedDate { get; init; }

    /// <summary>Overall passed.</summary>
    public bool OverallPassed { get; init; }

    /// <summary>Revoked date.</summary>
    public LocalDate? RevokedDate { get; init; }

    /// <summary>Lab test result document file id.</summary>
    public long? LabTestResultDocumentFileId { get; init; }

    /// <summary>Result released.</summary>
    public bool ResultReleased { get; init; }

    /// <summary>Result release date time.</summary>
    public OffsetDateTime? ResultReleaseDateTime { get; init; }

    /// <summary>Expiration date time.</summary>
    public OffsetDateTime? ExpirationDateTime { get; init; }

    /// <summary>Test type name.</summary>
    public string? TestTypeName { get; init; }

    /// <summary>Test passed.</summary>
    public bool TestPassed { get; init; }

    /// <summary>Test result level.</summary>
    public decimal? TestResultLevel { get; init; }

    /// <summary>Test comment.</summary>
    public string? TestComment { get; init; }

    /// <summary>Test informational only.</summary>
    public bool TestInformationalOnly { get; init; }

    /// <summary>Lab test detail revoked date.</summary>
    public LocalDate? LabTestDetailRevokedDate { get; init; }
}
