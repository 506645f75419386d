using Metrc.Sdk.Api;
using Metrc.Sdk.Http;

namespace Metrc.Sdk.Batching;

/// <summary>The default <see cref="IMetrcBatchClient"/>.</summary>
internal sealed class BatchClient(MetrcHttpPipeline pipeline) : MetrcApiGroup(pipeline), IMetrcBatchClient
{
    public Task<MetrcBatchResult<T>> WriteAsync<T>(MetrcWriteOperation<T> operation, string licenseNumber, IEnumerable<T> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return BatchAsync(operation, licenseNumber, rows, options, cancellationToken);
    }

    public Task<MetrcBatchResult<T>> WriteAsync<T>(MetrcWriteOperation<T> operation, string licenseNumber, IAsyncEnumerable<T> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return BatchAsync(operation, licenseNumber, RowReader<T>.From(rows, cancellationToken), options, cancellationToken);
    }
}
