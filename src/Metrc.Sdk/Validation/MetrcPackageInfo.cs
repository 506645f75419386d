using Metrc.Sdk.Lifecycle;

namespace Metrc.Sdk;

/// <summary>What a lifecycle snapshot knows about one package of the facility.</summary>
/// <param name="Status">Active, on hold, finished, in transit or transferred.</param>
public sealed record MetrcPackageInfo(PackageStatus Status)
{
    /// <summary>The quantity on hand, when known (quantities taken or adjusted below zero are rejected).</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The package's unit of measure, when known (sales, adjustments and ingredients must use it).</summary>
    public string? UnitOfMeasure { get; init; }

    /// <summary>Whether the package has a passing lab test (or needs none); <see langword="null"/> when unknown, which skips the lab-test rule.</summary>
    public bool? LabTestPassed { get; init; }
}
