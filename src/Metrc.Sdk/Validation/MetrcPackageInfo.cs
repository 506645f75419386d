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

    /// <summary>The package's item (product) name, when known.</summary>
    public string? Item { get; init; }

    /// <summary>The package's location name, when known.</summary>
    public string? Location { get; init; }

    /// <summary>The package's sublocation name, when known (<see langword="null"/> also when it has none).</summary>
    public string? Sublocation { get; init; }

    /// <summary>Whether the package is flagged as a finished good; <see langword="null"/> when unknown, which skips the unflag rule.</summary>
    public bool? IsFinishedGood { get; init; }

    /// <summary>Whether the package is flagged as a donation; <see langword="null"/> when unknown, which skips the unflag rule.</summary>
    public bool? IsDonation { get; init; }

    /// <summary>Whether the package is flagged as a trade sample; <see langword="null"/> when unknown, which skips the unflag rule.</summary>
    public bool? IsTradeSample { get; init; }
}
