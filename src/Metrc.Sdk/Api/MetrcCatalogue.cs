using System.Collections.Frozen;
using Metrc.Sdk.Http;

namespace Metrc.Sdk;

/// <summary>Every Metrc v2 operation the SDK can call, as declared in its operation catalogue.</summary>
public static class MetrcCatalogue
{
    private static readonly FrozenDictionary<string, MetrcOperationInfo> s_byName =
        MetrcOperations.All.ToFrozenDictionary(o => o.Name, o => new MetrcOperationInfo(o), StringComparer.Ordinal);

    /// <summary>Every operation, in catalogue order.</summary>
    public static IReadOnlyList<MetrcOperationInfo> Operations { get; } = [.. MetrcOperations.All.Select(o => s_byName[o.Name])];

    /// <summary>Finds an operation by its name (for example <c>Packages.ListActive</c>).</summary>
    /// <param name="name">The operation name.</param>
    /// <param name="operation">The operation, when found.</param>
    /// <returns>Whether the catalogue has the operation.</returns>
    public static bool TryFind(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MetrcOperationInfo? operation) =>
        s_byName.TryGetValue(name, out operation);
}
