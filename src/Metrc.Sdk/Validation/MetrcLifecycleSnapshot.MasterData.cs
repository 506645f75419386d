namespace Metrc.Sdk;

// The facility's named places and lists (locations, sublocations, strains, additives templates).
public sealed partial class MetrcLifecycleSnapshot
{
    /// <summary>The facility's active locations, by name (compared without case).</summary>
    public IReadOnlySet<string>? Locations { get; init; }

    /// <summary>The facility's active sublocations, by name (compared without case).</summary>
    public IReadOnlySet<string>? Sublocations { get; init; }

    /// <summary>The facility's active strains, by name (compared without case).</summary>
    public IReadOnlySet<string>? Strains { get; init; }

    /// <summary>The facility's active additives templates, by name (compared without case).</summary>
    public IReadOnlySet<string>? AdditivesTemplates { get; init; }
}
