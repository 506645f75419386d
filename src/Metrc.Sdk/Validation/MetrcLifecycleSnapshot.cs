using Metrc.Sdk.Lifecycle;
using NodaTime;

namespace Metrc.Sdk;

/// <summary>
/// The state of one facility that the stateful rules check writes against: its tags, plants, packages and items.
/// Build it from your own records or from Metrc's tag, plant and package lists.
/// </summary>
/// <remarks>
/// A collection left <see langword="null"/> is unknown and the rules that need it are skipped; a collection that is set
/// is taken as complete, so a tag, plant or package missing from it is reported as not available / not found. Keys are
/// tags (labels) and item names.
/// </remarks>
public sealed partial class MetrcLifecycleSnapshot
{
    /// <summary>The facility the snapshot describes.</summary>
    public required string LicenseNumber { get; init; }

    /// <summary>Tags issued to the facility (and, to report <c>tag.wrong_facility</c>, tags of other facilities), by label.</summary>
    public IReadOnlyDictionary<string, MetrcTagInfo>? Tags { get; init; }

    /// <summary>The facility's plants and their growth phase, by tag; plants no longer alive may be left out.</summary>
    public IReadOnlyDictionary<string, PlantGrowthPhase>? Plants { get; init; }

    /// <summary>The facility's packages, by tag.</summary>
    public IReadOnlyDictionary<string, MetrcPackageInfo>? Packages { get; init; }

    /// <summary>The facility's items (products) and how they are measured, by name.</summary>
    public IReadOnlyDictionary<string, QuantityKind>? Items { get; init; }

    /// <summary>The facility's licence start date, when known.</summary>
    public LocalDate? LicenseStartDate { get; init; }

    /// <summary>The facility's time zone, when known.</summary>
    public DateTimeZone? TimeZone { get; init; }
}
