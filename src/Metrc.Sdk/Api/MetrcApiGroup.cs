using System.Net.Http.Json;
using Metrc.Sdk.Batching;
using Metrc.Sdk.Http;
using Metrc.Sdk.Idempotency;
using Metrc.Sdk.Models;
using Metrc.Sdk.Serialization;
using NodaTime;

namespace Metrc.Sdk.Api;

/// <summary>
/// Base of every API group client. Holds the shape of each kind of call (paged list, lookup list, single read,
/// write) so that a group declares its operations and nothing else.
/// </summary>
internal abstract class MetrcApiGroup
{
    protected MetrcApiGroup(MetrcHttpPipeline pipeline)
    {
        Pipeline = pipeline;
    }

    protected MetrcHttpPipeline Pipeline { get; }

    /// <summary>A paged list, split into 24-hour <c>lastModified</c> windows when filtered.</summary>
    protected MetrcPageable<T> List<T>(
        MetrcOperation operation,
        string? licenseNumber,
        string? path,
        IReadOnlyList<KeyValuePair<string, string>>? query,
        MetrcListFilter? filter,
        MetrcRequestOptions? options,
        PageResponseReader<T> reader,
        CancellationToken cancellationToken)
    {
        CheckLicense(operation, licenseNumber);
        IReadOnlyList<LastModifiedWindow?> windows = GetWindows(filter);
        int pageSize = Pipeline.PageSize;
        return new MetrcPageable<T>(
            async (pageNumber, window, ct) =>
            {
                var pageQuery = new List<KeyValuePair<string, string>>(4 + (query?.Count ?? 0));
                if (query is not null)
                {
                    pageQuery.AddRange(query);
                }

                if (window is { } w)
                {
                    pageQuery.Add(new("lastModifiedStart", MetrcTimestamp.Format(w.Start)));
                    pageQuery.Add(new("lastModifiedEnd", MetrcTimestamp.Format(w.End)));
                }

                pageQuery.Add(new("pageNumber", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                pageQuery.Add(new("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                var request = new MetrcRequest(operation, licenseNumber) { Path = path, Query = pageQuery, Options = options };
                PageEnvelope<T> envelope = await Pipeline.SendAsync(request, reader, ct).ConfigureAwait(false);
                int totalRecords = envelope.TotalRecords ?? envelope.Items.Count;
                int totalPages = envelope.TotalPages
                    ?? (envelope.PageSize is > 0 ? (int)Math.Ceiling(totalRecords / (double)envelope.PageSize.Value) : pageNumber);
                return new MetrcPage<T>(envelope.Items, envelope.Page ?? pageNumber, totalPages, totalRecords, window);
            },
            windows,
            cancellationToken);
    }

    /// <summary>A lookup list (bare array or a single page): all records at once.</summary>
    protected async Task<IReadOnlyList<T>> ListAllAsync<T>(
        MetrcOperation operation,
        string? licenseNumber,
        string? path,
        IReadOnlyList<KeyValuePair<string, string>>? query,
        MetrcRequestOptions? options,
        PageResponseReader<T> reader,
        CancellationToken cancellationToken)
    {
        PageEnvelope<T> envelope = await ReadAsync(operation, licenseNumber, path, query, options, reader, cancellationToken).ConfigureAwait(false);
        return envelope.Items;
    }

    /// <summary>A read without a body: one record, one document or one lookup answer.</summary>
    protected Task<T> ReadAsync<T>(
        MetrcOperation operation,
        string? licenseNumber,
        string? path,
        IReadOnlyList<KeyValuePair<string, string>>? query,
        MetrcRequestOptions? options,
        ResponseReader<T> reader,
        CancellationToken cancellationToken)
    {
        CheckLicense(operation, licenseNumber);
        var request = new MetrcRequest(operation, licenseNumber) { Path = path, Query = query, Options = options };
        return Pipeline.SendAsync(request, reader, cancellationToken);
    }

    /// <summary>A write without a body (a delete by id, an action addressed by its path).</summary>
    protected Task<TResult> SendAsync<TResult>(
        MetrcOperation operation,
        string? licenseNumber,
        string? path,
        IReadOnlyList<KeyValuePair<string, string>>? query,
        MetrcRequestOptions? options,
        ResponseReader<TResult> reader,
        CancellationToken cancellationToken) =>
        ReadAsync(operation, licenseNumber, path, query, options, reader, cancellationToken);

    /// <summary>A write of one JSON body (an object, or an array sent whole) with a typed answer.</summary>
    protected Task<TResult> SendAsync<TBody, TResult>(
        MetrcOperation operation,
        string? licenseNumber,
        string? path,
        IReadOnlyList<KeyValuePair<string, string>>? query,
        TBody body,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<TBody> bodyType,
        MetrcRequestOptions? options,
        ResponseReader<TResult> reader,
        CancellationToken cancellationToken)
    {
        CheckLicense(operation, licenseNumber);
        var request = new MetrcRequest(operation, licenseNumber)
        {
            Path = path,
            Query = query,
            Options = options,
            Content = () => JsonContent.Create(body, bodyType),
        };
        return Pipeline.SendAsync(request, reader, cancellationToken);
    }

    private static void CheckLicense(MetrcOperation operation, string? licenseNumber)
    {
        if (operation.FacilityScoped)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        }
    }

    /// <summary>
    /// A write of any number of rows, sent in chunks. Returns Metrc's ids and warnings when every row was accepted; an
    /// empty row list sends nothing.
    /// </summary>
    /// <exception cref="MetrcRowsException">
    /// Rows were rejected: <see cref="MetrcValidationException"/> when none was applied (by the SDK's validators before
    /// sending, or by Metrc), <see cref="MetrcBatchException"/> when the write was partly applied. Catch
    /// <see cref="MetrcRowsException"/> for both; <see cref="MetrcException.RowErrors"/> indexes rows by input position.
    /// </exception>
    /// <exception cref="MetrcOutcomeUnknownException">Every row was sent and the answer was lost (timeout, dropped connection, 5xx, an unreadable 2xx body): the rows may have been applied.</exception>
    protected async Task<MetrcWriteResult> WriteRowsAsync<T>(
        MetrcWriteOperation<T> operation,
        string licenseNumber,
        IEnumerable<T> rows,
        MetrcRequestOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Pipeline.Ledger is { } ledger && !IdempotentWriter.IsSending)
        {
            return await WriteThroughLedgerAsync(ledger, operation, licenseNumber, rows, options, cancellationToken).ConfigureAwait(false);
        }

        return await WriteBatchedAsync(operation, licenseNumber, rows, options, cancellationToken, validated: false).ConfigureAwait(false);
    }

    private async Task<MetrcWriteResult> WriteThroughLedgerAsync<T>(
        IIdempotencyLedger ledger,
        MetrcWriteOperation<T> operation,
        string licenseNumber,
        IEnumerable<T> rows,
        MetrcRequestOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        // Validation first: a write Metrc would reject never enters the ledger.
        IReadOnlyList<T> list = MetrcRows.Materialize(await ValidateAsync(operation, licenseNumber, rows, options, cancellationToken).ConfigureAwait(false));
        if (list.Count == 0)
        {
            return MetrcWriteResult.Empty;
        }

        IMetrcWriteReconciler<T>? reconciler = operation.ReconcilerFor(list);
        if (reconciler is null && options?.OperationKey is null)
        {
            // No key to record it under. A PUT or DELETE is harmless to send again, so it needs no ledger; a POST does.
            return operation.Operation.IsIdempotent
                ? await WriteBatchedAsync(operation, licenseNumber, list, options, cancellationToken, validated: true).ConfigureAwait(false)
                : throw new ArgumentException(
                    $"{operation.Name} rows carry no natural key to derive an operation key from, and idempotent writes are on: pass MetrcRequestOptions.OperationKey.",
                    nameof(options));
        }

        var writer = new IdempotentWriter(ledger, Pipeline.TimeProvider);
        return await writer.WriteAsync(
            new IdempotentWrite<T>
            {
                Client = Pipeline.Client ?? throw new InvalidOperationException("The pipeline has no client to reconcile writes with."),
                Operation = operation.Name,
                LicenseNumber = licenseNumber,
                Rows = list,
                OperationKey = options?.OperationKey,
                Reconciler = reconciler,
                IsIdempotentMethod = operation.Operation.IsIdempotent,
                Send = (batch, ct) => WriteBatchedAsync(operation, licenseNumber, batch, options, ct, validated: true),
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<MetrcWriteResult> WriteBatchedAsync<T>(
        MetrcWriteOperation<T> operation,
        string licenseNumber,
        IEnumerable<T> rows,
        MetrcRequestOptions? options,
        CancellationToken cancellationToken,
        bool validated)
    {
        var runner = CreateRunner(operation, licenseNumber, options);
        if (!validated)
        {
            rows = await ValidateAsync(operation, licenseNumber, rows, options, cancellationToken).ConfigureAwait(false);
        }

        MetrcBatchResult<T> result;
        await using (RowReader<T> reader = RowReader<T>.From(rows))
        {
            result = await RunAsync(runner, reader, licenseNumber, cancellationToken).ConfigureAwait(false);
        }

        if (result.IsSuccess)
        {
            return result.ToWriteResult();
        }

        if (result.OutcomeUnknownCount == result.Rows.Count && runner.ReadToEnd && result.Error is { } lost)
        {
            // Every row went out in one answer that was lost: nothing can be said about any of them.
            throw new MetrcOutcomeUnknownException(
                $"The outcome of {operation.Name} for {licenseNumber} ({result.Rows.Count} row(s)) is unknown: {lost.Message} "
                    + "The rows may have been applied; read them back before sending them again.",
                options?.OperationKey,
                operation.Name,
                result.Rows.Count,
                lost);
        }

        if (result.SucceededCount == 0 && result.OutcomeUnknownCount == 0)
        {
            // Nothing was applied: surface the cause as if one request had been sent.
            if (result.RejectedCount == 0 && result.Error is { } error)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }

            if (result.RejectedCount == 0 && result.Canceled)
            {
                throw new OperationCanceledException("The write was canceled before any row was sent.", null, cancellationToken);
            }

            if (result.RejectedCount == result.Rows.Count && runner.FirstRejection is { } rejection)
            {
                string message = result.Requests == 1
                    ? rejection.Message
                    : $"Metrc rejected all {result.Rows.Count} row(s) of {operation.Name}: {string.Join("; ", result.RowErrors.Take(10))}"
                        + (result.RowErrors.Count > 10 ? $"; and {result.RowErrors.Count - 10} more." : ".");
                throw new MetrcValidationException(message, rejection.RequestMethod, rejection.RequestPath, rejection.MetrcMessage, result.RowErrors);
            }
        }

        throw result.ToException();
    }

    /// <summary>A batched write of rows from a sequence, validated whole before anything is sent (see <see cref="IMetrcBatchClient"/>).</summary>
    /// <exception cref="MetrcValidationException">Client-side validation rejected a row; nothing was sent.</exception>
    protected async Task<MetrcBatchResult<T>> BatchAsync<T>(
        MetrcWriteOperation<T> operation,
        string licenseNumber,
        IEnumerable<T> rows,
        MetrcRequestOptions? options,
        CancellationToken cancellationToken)
    {
        BatchRunner<T> runner = CreateRunner(operation, licenseNumber, options);
        rows = await ValidateAsync(operation, licenseNumber, rows, options, cancellationToken).ConfigureAwait(false);
        await using RowReader<T> reader = RowReader<T>.From(rows);
        return await RunAsync(runner, reader, licenseNumber, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A batched write with every row's outcome (see <see cref="IMetrcBatchClient"/>). Streamed rows are validated chunk by
    /// chunk: a chunk that fails validation is not sent and stops the write (the result's error says why).
    /// </summary>
    protected async Task<MetrcBatchResult<T>> BatchAsync<T>(
        MetrcWriteOperation<T> operation,
        string licenseNumber,
        RowReader<T> rows,
        MetrcRequestOptions? options,
        CancellationToken cancellationToken)
    {
        await using (rows.ConfigureAwait(false))
        {
            BatchRunner<T> runner = CreateRunner(operation, licenseNumber, options);
            RowReader<T> reader = Pipeline.Validation is { } validation
                ? await validation.WrapAsync(operation, licenseNumber, rows, options, cancellationToken).ConfigureAwait(false)
                : rows;
            return await RunAsync(runner, reader, licenseNumber, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a batched write, then drops the facility's cached lifecycle snapshot: the write may have changed it.</summary>
    private async Task<MetrcBatchResult<T>> RunAsync<T>(BatchRunner<T> runner, RowReader<T> reader, string licenseNumber, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.RunAsync(reader, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Pipeline.Validation?.Written(licenseNumber);
        }
    }

    /// <summary>Validates a write's rows before any is sent (the first layer of the write path); returns them as a list when validated.</summary>
    /// <exception cref="MetrcValidationException">A row breaks a rule and validation is <see cref="MetrcValidationMode.Enabled"/>.</exception>
    private async ValueTask<IEnumerable<T>> ValidateAsync<T>(
        MetrcWriteOperation<T> operation, string licenseNumber, IEnumerable<T> rows, MetrcRequestOptions? options, CancellationToken cancellationToken)
    {
        if (Pipeline.Validation is not { } validation || validation.ModeFor(options) == MetrcValidationMode.Disabled)
        {
            return rows;
        }

        IReadOnlyList<T> list = MetrcRows.Materialize(rows);
        await validation.ValidateAsync(operation, licenseNumber, list, options, cancellationToken).ConfigureAwait(false);
        return list;
    }

    private BatchRunner<T> CreateRunner<T>(MetrcWriteOperation<T> operation, string licenseNumber, MetrcRequestOptions? options)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        if (options?.Batch is { } batch)
        {
            if (batch.ChunkSize is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), batch.ChunkSize, "options.Batch.ChunkSize must be greater than 0.");
            }

            if (batch.MaxConcurrentChunks is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), batch.MaxConcurrentChunks, "options.Batch.MaxConcurrentChunks must be greater than 0.");
            }
        }

        return new BatchRunner<T>(
            (chunk, ct) =>
            {
                var request = new MetrcRequest(operation.Operation, licenseNumber)
                {
                    Content = () => JsonRowsContent.Create(chunk, operation.RowType),
                    Options = options,
                };
                return Pipeline.SendAsync(request, WriteResultReader.Instance, ct);
            },
            Pipeline.Batching,
            operation.Name,
            options?.Batch,
            Pipeline.TimeProvider);
    }

    private IReadOnlyList<LastModifiedWindow?> GetWindows(MetrcListFilter? filter)
    {
        if (filter?.LastModifiedStart is not { } start)
        {
            if (filter?.LastModifiedEnd is not null)
            {
                throw new ArgumentException("LastModifiedEnd requires LastModifiedStart.", nameof(filter));
            }

            return [null];
        }

        OffsetDateTime end = filter.LastModifiedEnd
            ?? Instant.FromDateTimeOffset(Pipeline.TimeProvider.GetUtcNow()).WithOffset(start.Offset);
        IReadOnlyList<LastModifiedWindow> windows = LastModifiedWindow.Split(start, end);
        var result = new LastModifiedWindow?[windows.Count];
        for (int i = 0; i < windows.Count; i++)
        {
            result[i] = windows[i];
        }

        return result;
    }
}
