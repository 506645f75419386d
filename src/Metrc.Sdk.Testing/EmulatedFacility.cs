namespace Metrc.Sdk.Testing;

/// <summary>A facility the emulator seeded, with the keys and tags a test needs to act for it.</summary>
public sealed record EmulatedFacility
{
    /// <summary>The state of the facility.</summary>
    public required MetrcState State { get; init; }

    /// <summary>The licence number (<c>licenseNumber</c> on calls), for example <c>CO-LIC-0001</c>.</summary>
    public required string LicenseNumber { get; init; }

    /// <summary>The facility's name.</summary>
    public required string Name { get; init; }

    /// <summary>A user key with access to this facility only.</summary>
    public required string UserKey { get; init; }

    /// <summary>The plant tags issued to the facility at start, in order (consecutive numbers).</summary>
    public required IReadOnlyList<string> PlantTags { get; init; }

    /// <summary>The package tags issued to the facility at start and still unused, in order.</summary>
    public required IReadOnlyList<string> PackageTags { get; init; }

    /// <summary>Labels of the active, lab-tested packages of Buds seeded in the facility's vault.</summary>
    public required IReadOnlyList<string> SeededPackages { get; init; }
}
