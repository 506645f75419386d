namespace Metrc.Sdk;

/// <summary>Whether a tag is for a plant or a package.</summary>
public enum MetrcTagKind
{
    /// <summary>A plant tag.</summary>
    Plant = 0,

    /// <summary>A package tag.</summary>
    Package = 1,
}
