using Metrc.Sdk.Lifecycle;
using Metrc.Sdk.Models;

namespace Metrc.Sdk;

/// <summary>What a lifecycle snapshot knows about one package of the facility.</summary>
/// <param name="Status">Active, on hold, finished, in transit or transferred.</param>
public sealed record MetrcPackageInfo(PackageStatus Status)
{
    /// <summary>The quantity on hand, when known (quantities taken or adjusted below zero are rejected).</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The package's unit of measure, when known (sales, adjustments and ingredients must use it).</summary>
    public string? UnitOfMeasure { get; init; }

    /// <summary>
    /// The package's lab testing state as Metrc reports it (<c>TestPassed</c>, <c>TestFailed</c>, <c>Remediated</c>, ...);
    /// <see langword="null"/> when unknown, which skips the lab-test rules (<see cref="LabTestLifecycle"/> says which states pass or fail).
    /// </summary>
    public LabTestingState? LabTestingState { get; init; }
}
