using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Metrc.Sdk.Outbox;

/// <summary>The operations a drainer can decode and send, by name.</summary>
internal sealed class OutboxOperationRegistry
{
    private readonly ConcurrentDictionary<string, OutboxOperation> _operations = new(StringComparer.Ordinal);

    public OutboxOperationRegistry(IOptions<MetrcOutboxOptions> options)
    {
        foreach (OutboxOperation operation in MetrcOutboxOperations.All.Concat(options.Value.Operations))
        {
            Register(operation);
        }
    }

    public void Register(OutboxOperation operation)
    {
        OutboxOperation known = _operations.GetOrAdd(operation.Name, operation);
        if (!ReferenceEquals(known, operation) && known.GetType() != operation.GetType())
        {
            throw new ArgumentException($"An outbox operation named '{operation.Name}' with another row type is already registered.", nameof(operation));
        }
    }

    public bool TryGet(string name, out OutboxOperation operation) => _operations.TryGetValue(name, out operation!);
}
