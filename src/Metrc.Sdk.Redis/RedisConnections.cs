using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Metrc.Sdk.Redis;

/// <summary>One Redis connection per configuration string, shared by the limiter and the ledger of a container, closed with it.</summary>
internal sealed class RedisConnections : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<IConnectionMultiplexer>> _connections = new(StringComparer.Ordinal);

    /// <summary>The connection for <paramref name="connectionString"/>, opened on first use.</summary>
    /// <remarks><c>abortConnect=false</c>: the application starts (and the limiter falls back) even when Redis is down at startup.</remarks>
    public IConnectionMultiplexer Get(string connectionString) =>
        _connections.GetOrAdd(connectionString, static cs => new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(cs + ",abortConnect=false"))).Value;

    public void Dispose()
    {
        foreach (Lazy<IConnectionMultiplexer> connection in _connections.Values)
        {
            if (connection.IsValueCreated)
            {
                connection.Value.Dispose();
            }
        }
    }
}
