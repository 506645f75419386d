namespace Metrc.Sdk;

// The facility's plant batches and the waste methods and reasons Metrc lists for it.
public sealed partial class MetrcLifecycleSnapshot
{
    /// <summary>The facility's active plant batches, by name (compared with case).</summary>
    public IReadOnlyDictionary<string, MetrcPlantBatchInfo>? PlantBatches { get; init; }

    /// <summary>The waste methods Metrc lists for the facility (<c>GET /plants/v2/waste/methods/all</c>), by name (compared without case).</summary>
    public IReadOnlySet<string>? WasteMethods { get; init; }

    /// <summary>The waste reasons Metrc lists for the facility (<c>GET /plants/v2/waste/reasons</c>), by name (compared without case).</summary>
    public IReadOnlySet<string>? WasteReasons { get; init; }
}
