namespace Metrc.Sdk;

/// <summary>
/// Writes any number of rows with per-row outcomes: rows are cut into chunks (<see cref="MetrcBatchingOptions"/>),
/// streamed, sent in order or concurrently, and every Metrc row error is mapped back to the caller's input position.
/// The API groups' write methods use the same machinery and throw when a write is not fully applied; use this client
/// when you want the outcome of every row instead (<c>client.Batches</c>).
/// </summary>
// RS0026: the two overloads differ only in the row source (sequence or async sequence); both keep optional options
// and token so a call reads the same either way.
#pragma warning disable RS0026
public interface IMetrcBatchClient
{
    /// <summary>Writes <paramref name="rows"/> through <paramref name="operation"/>.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="operation">The write, one of <see cref="MetrcWriteOperations"/>.</param>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="rows">The rows, any number; read as the chunks need them.</param>
    /// <param name="options">Per-call options; <see cref="MetrcRequestOptions.Batch"/> sets chunk size, ordering and progress.</param>
    /// <param name="cancellationToken">Stops the write after the requests in flight; the result says which rows were sent.</param>
    /// <returns>Every row's outcome in input order, with Metrc's ids and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="licenseNumber"/> is blank.</exception>
    Task<MetrcBatchResult<T>> WriteAsync<T>(MetrcWriteOperation<T> operation, string licenseNumber, IEnumerable<T> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Writes rows read from an async sequence, a chunk at a time (the sequence is never buffered whole).</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="operation">The write, one of <see cref="MetrcWriteOperations"/>.</param>
    /// <param name="licenseNumber">The facility's licence number.</param>
    /// <param name="rows">The rows, any number.</param>
    /// <param name="options">Per-call options; <see cref="MetrcRequestOptions.Batch"/> sets chunk size, ordering and progress.</param>
    /// <param name="cancellationToken">Stops reading and sending after the requests in flight.</param>
    /// <returns>Every row's outcome in input order, with Metrc's ids and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="licenseNumber"/> is blank.</exception>
    Task<MetrcBatchResult<T>> WriteAsync<T>(MetrcWriteOperation<T> operation, string licenseNumber, IAsyncEnumerable<T> rows, MetrcRequestOptions? options = null, CancellationToken cancellationToken = default);
}
#pragma warning restore RS0026
