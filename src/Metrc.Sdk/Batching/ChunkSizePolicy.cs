using System.Collections.Concurrent;

namespace Metrc.Sdk.Batching;

/// <summary>
/// Resolves how many rows each request of a write carries (call → state/operation → operation → state → default) and
/// remembers sizes halved after a 413, per state and operation, for the life of the client factory.
/// </summary>
internal sealed class ChunkSizePolicy(MetrcClientOptions options, MetrcState state, ConcurrentDictionary<(MetrcState, string), int> adapted)
{
    public int Resolve(string operation, MetrcBatchOptions? call)
    {
        if (call?.ChunkSize is { } explicitSize)
        {
            return Math.Min(explicitSize, adapted.GetValueOrDefault((state, operation), int.MaxValue));
        }

        int configured = Configured(operation);
        return adapted.TryGetValue((state, operation), out int halved) ? Math.Min(halved, configured) : configured;
    }

    /// <summary>The size a 413 taught for <paramref name="operation"/>, or <see cref="int.MaxValue"/> when none.</summary>
    public int Adapted(string operation) => adapted.GetValueOrDefault((state, operation), int.MaxValue);

    /// <summary>Halves the size for <paramref name="operation"/> after a 413 on a request of <paramref name="rowsSent"/> rows; returns the new size.</summary>
    public int Halve(string operation, int rowsSent)
    {
        int next = Math.Max(1, rowsSent / 2);
        return adapted.AddOrUpdate((state, operation), next, (_, current) => Math.Min(current, next));
    }

    public int Concurrency(string operation, MetrcBatchOptions? call)
    {
        bool ordered = call?.Ordered ?? (options.Batching.OrderedOperations.Contains(operation) || options.Batching.OrderedOperations.Contains(Group(operation)));
        return ordered ? 1 : call?.MaxConcurrentChunks ?? options.Batching.MaxConcurrentChunks;
    }

    public bool ResubmitValidRows(MetrcBatchOptions? call) => call?.ResubmitValidRows ?? options.Batching.ResubmitValidRows;

    private int Configured(string operation)
    {
        string group = Group(operation);
        options.States.TryGetValue(state, out MetrcStateOptions? stateOptions);
        if (stateOptions is not null && (stateOptions.ChunkSizes.TryGetValue(operation, out int size) || stateOptions.ChunkSizes.TryGetValue(group, out size)))
        {
            return size;
        }

        if (options.Batching.ChunkSizes.TryGetValue(operation, out size) || options.Batching.ChunkSizes.TryGetValue(group, out size))
        {
            return size;
        }

        return stateOptions?.DefaultChunkSize ?? options.Batching.DefaultChunkSize;
    }

    private static string Group(string operation)
    {
        int dot = operation.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? operation : operation[..dot];
    }
}
