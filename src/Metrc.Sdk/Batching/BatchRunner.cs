using System.Diagnostics;
using System.Text.Json.Serialization.Metadata;
using Metrc.Sdk.Http;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Batching;

/// <summary>
/// Runs one batched write: reads the caller's rows chunk by chunk, sends chunks (in order, or several at once), maps
/// Metrc's row errors back to input positions, resubmits the valid rows of a rejected request, bisects when Metrc does
/// not say which rows were bad, halves the chunk size after a 413, and folds everything into one result.
/// </summary>
internal sealed class BatchRunner<T>
{
    private const string RejectedWithRequest = "Not applied: Metrc rejected the request because of other rows, and resubmission is off.";
    private const string NotResubmitted = "Not applied: Metrc rejected the request because of other rows, and the write was canceled before this row was resubmitted.";

    /// <summary>
    /// The most extra requests one chunk may spend bisecting a rejection that names no rows (isolating one bad row of
    /// 500 takes about 18); past it, the rows still unresolved are reported rejected with Metrc's message.
    /// </summary>
    internal const int BisectBudgetPerChunk = 64;

    private readonly Func<IReadOnlyList<T>, CancellationToken, Task<MetrcWriteResult>> _send;
    private readonly ChunkSizePolicy _policy;
    private readonly string _operation;
    private readonly MetrcBatchOptions? _call;
    private readonly bool _resubmit;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly List<Chunk> _chunks = [];
    private readonly Lock _lock = new();
    private int _rowsRead;
    private int _rowsSent;
    private int _rowsAccepted;
    private int _rowsRejected;
    private int _requests;
    private Exception? _error;
    private volatile bool _stopped;
    private CancellationToken _cancellation;
    private volatile bool _canceledFollowUp;

    public BatchRunner(
        Func<IReadOnlyList<T>, CancellationToken, Task<MetrcWriteResult>> send, ChunkSizePolicy policy, string operation, MetrcBatchOptions? call, TimeProvider time)
    {
        _send = send;
        _policy = policy;
        _operation = operation;
        _call = call;
        _resubmit = policy.ResubmitValidRows(call);
        _time = time;
        _started = time.GetTimestamp();
    }

    /// <summary>The first 400 answer seen, so an all-rejected write can surface as that 400 with remapped rows.</summary>
    public MetrcValidationException? FirstRejection { get; private set; }

    /// <summary>Whether every input row was read (so the result's rows are all the caller's rows).</summary>
    public bool ReadToEnd { get; private set; }

    public async Task<MetrcBatchResult<T>> RunAsync(RowReader<T> reader, CancellationToken cancellationToken)
    {
        _cancellation = cancellationToken;
        int concurrency = _policy.Concurrency(_operation, _call);
        var inFlight = new List<Task>(concurrency);
        bool canceled = false;
        try
        {
            while (!_stopped)
            {
                if (inFlight.Count >= concurrency)
                {
                    Task done = await Task.WhenAny(inFlight).ConfigureAwait(false);
                    inFlight.Remove(done);
                    continue;
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    canceled = true;
                    break;
                }

                int size = _policy.Resolve(_operation, _call);
                T[] buffer = new T[size];
                int count;
                try
                {
                    count = await reader.ReadAsync(buffer, _rowsRead, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    canceled = true;
                    break;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // The caller's rows failed (a null row, or their sequence threw): stop, keeping what was sent;
                    // the rows read before the failure are reported as not sent.
                    if (reader.ReadBeforeFailure > 0)
                    {
                        AddChunk(buffer[..reader.ReadBeforeFailure]);
                    }

                    Stop(ex);
                    break;
                }

                if (count == 0)
                {
                    ReadToEnd = true;
                    break;
                }

                if (count < size)
                {
                    Array.Resize(ref buffer, count);
                }

                Chunk chunk = AddChunk(buffer);

                // In-flight requests are never canceled, so the result says exactly what Metrc got.
                inFlight.Add(SendAsync(chunk, All(count)));
                if (count < size)
                {
                    ReadToEnd = true;
                    break;
                }
            }
        }
        finally
        {
            await Task.WhenAll(inFlight).ConfigureAwait(false);
        }

        return Complete(canceled || _canceledFollowUp);
    }

    private Chunk AddChunk(T[] rows)
    {
        var chunk = new Chunk(_rowsRead, rows);
        _rowsRead += rows.Length;
        lock (_lock)
        {
            _chunks.Add(chunk);
        }

        return chunk;
    }

    private async Task SendAsync(Chunk chunk, int[] positions)
    {
        await Task.Yield();
        int limit = _policy.Adapted(_operation);
        if (positions.Length > limit)
        {
            // Cut before a 413 taught a smaller size (a concurrent chunk, or the rest of a halved one).
            foreach (int[] part in positions.Chunk(limit))
            {
                await SendAsync(chunk, part).ConfigureAwait(false);
            }

            return;
        }

        IReadOnlyList<T> rows = positions.Length == chunk.Rows.Length ? chunk.Rows : Select(chunk.Rows, positions);
        MetrcWriteResult result;
        try
        {
            result = await _send(rows, CancellationToken.None).ConfigureAwait(false);
        }
        catch (MetrcValidationException ex)
        {
            lock (_lock)
            {
                FirstRejection ??= ex;
            }

            await RejectedAsync(chunk, positions, ex).ConfigureAwait(false);
            return;
        }
        catch (MetrcPayloadTooLargeException ex)
        {
            Report(chunk, positions, MetrcRowStatus.Rejected, ex.Message, counts: positions.Length == 1);
            if (positions.Length > 1)
            {
                int size = _policy.Halve(_operation, positions.Length);
                foreach (int[] part in positions.Chunk(size))
                {
                    await SendAsync(chunk, part).ConfigureAwait(false);
                }
            }

            return;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A lost answer (timeout after sending, 5xx, an unreadable 2xx) may hide an applied write: those rows are of
            // unknown outcome, never "failed" or "not sent".
            MetrcRowStatus status = Errors.MetrcOutcomes.MayHaveBeenApplied(ex) ? MetrcRowStatus.OutcomeUnknown : MetrcRowStatus.Failed;
            Report(chunk, positions, status, ex.Message, counts: true);
            Stop(ex);
            return;
        }

        Accepted(chunk, positions, result);
    }

    private async Task RejectedAsync(Chunk chunk, int[] positions, MetrcValidationException ex)
    {
        var bad = new Dictionary<int, string>();
        foreach (MetrcRowError error in ex.RowErrors)
        {
            if (error.Row < 0 || error.Row >= positions.Length)
            {
                bad.Clear();
                break;
            }

            bad[error.Row] = bad.TryGetValue(error.Row, out string? earlier) ? $"{earlier}; {error.Message}" : error.Message;
        }

        if (bad.Count > 0)
        {
            lock (_lock)
            {
                foreach (MetrcRowError error in ex.RowErrors)
                {
                    chunk.Errors.Add(error with { Row = chunk.Start + positions[error.Row] });
                }
            }
        }

        string message = ex.MetrcMessage ?? ex.Message;
        if (bad.Count == 0)
        {
            // Metrc did not say which rows: a single row is the culprit; otherwise bisect to find them.
            if (positions.Length == 1 || !_resubmit)
            {
                Report(chunk, positions, MetrcRowStatus.Rejected, message, counts: true);
                return;
            }

            if (Interlocked.Add(ref chunk.BisectBudget, -2) < 0)
            {
                // The bisect budget is spent: these rows keep the request's verdict.
                Report(chunk, positions, MetrcRowStatus.Rejected, message, counts: true);
                return;
            }

            Report(chunk, positions, MetrcRowStatus.Rejected, message, counts: false);
            if (StopFollowUps())
            {
                // Canceled or stopped before the bad rows were isolated: these rows keep the request's verdict.
                Record(chunk, positions, MetrcRowStatus.Rejected, message, counts: true);
                return;
            }

            int half = positions.Length / 2;
            await SendAsync(chunk, positions[..half]).ConfigureAwait(false);
            await SendAsync(chunk, positions[half..]).ConfigureAwait(false);
            return;
        }

        var rejected = new List<int>(bad.Count);
        var valid = new List<int>(positions.Length - bad.Count);
        for (int i = 0; i < positions.Length; i++)
        {
            (bad.ContainsKey(i) ? rejected : valid).Add(positions[i]);
        }

        lock (_lock)
        {
            foreach ((int row, string text) in bad)
            {
                chunk.Set(positions[row], MetrcRowStatus.Rejected, null, text);
            }

            _rowsSent += rejected.Count;
            _rowsRejected += rejected.Count;
        }

        if (valid.Count == 0)
        {
            ReportProgress();
        }
        else if (_resubmit)
        {
            ReportProgress();
            if (StopFollowUps())
            {
                // Not applied and not resent after a cancellation or a failure: safe to send again.
                Record(chunk, [.. valid], MetrcRowStatus.NotSent, NotResubmitted, counts: false);
                return;
            }

            await SendAsync(chunk, [.. valid]).ConfigureAwait(false);
        }
        else
        {
            Report(chunk, [.. valid], MetrcRowStatus.Rejected, RejectedWithRequest, counts: true, isRowError: false);
        }
    }

    private void Accepted(Chunk chunk, int[] positions, MetrcWriteResult result)
    {
        lock (_lock)
        {
            bool perRow = result.Ids.Count == positions.Length;
            for (int i = 0; i < positions.Length; i++)
            {
                chunk.Set(positions[i], MetrcRowStatus.Succeeded, perRow ? result.Ids[i] : null, null);
            }

            if (!perRow && result.Ids.Count > 0)
            {
                chunk.UnmappedIds.Add((positions[0], result.Ids));
            }

            if (result.Warnings.Count > 0)
            {
                chunk.Warnings.Add((positions[0], result.Warnings));
            }

            _rowsSent += positions.Length;
            _rowsAccepted += positions.Length;
        }

        ReportProgress();
    }

    /// <summary>Whether a rejected request's follow-ups (resubmission, bisection) are skipped: the caller canceled or the write stopped.</summary>
    private bool StopFollowUps()
    {
        if (_cancellation.IsCancellationRequested)
        {
            _canceledFollowUp = true;
            return true;
        }

        return _stopped;
    }

    /// <summary>Records an answered request's verdict for <paramref name="positions"/> and reports progress.</summary>
    private void Report(Chunk chunk, int[] positions, MetrcRowStatus status, string message, bool counts, bool isRowError = true)
    {
        Record(chunk, positions, status, message, counts, isRowError);
        ReportProgress();
    }

    /// <summary>Sets the status of <paramref name="positions"/>; <paramref name="counts"/> when this is the rows' final verdict.</summary>
    private void Record(Chunk chunk, int[] positions, MetrcRowStatus status, string message, bool counts, bool isRowError = true)
    {
        lock (_lock)
        {
            foreach (int position in positions)
            {
                chunk.Set(position, status, null, message);
                if (counts && isRowError && status == MetrcRowStatus.Rejected)
                {
                    chunk.Errors.Add(new MetrcRowError(chunk.Start + position, message));
                }
            }

            if (counts)
            {
                _rowsSent += positions.Length;
                if (status == MetrcRowStatus.Rejected)
                {
                    _rowsRejected += positions.Length;
                }
            }
        }
    }

    private void ReportProgress()
    {
        lock (_lock)
        {
            _requests++;
            _call?.Progress?.Report(new BatchProgress(_rowsRead, _rowsSent, _rowsAccepted, _rowsRejected, _requests, _time.GetElapsedTime(_started)));
        }
    }

    private void Stop(Exception error)
    {
        lock (_lock)
        {
            _error ??= error;
        }

        _stopped = true;
    }

    private MetrcBatchResult<T> Complete(bool canceled)
    {
        var ids = new List<long>();
        var warnings = new List<string>();
        var errors = new List<MetrcRowError>();
        foreach (Chunk chunk in _chunks)
        {
            errors.AddRange(chunk.Errors);
            if (chunk.Ids is { } chunkIds)
            {
                foreach (long? id in chunkIds)
                {
                    if (id is { } value)
                    {
                        ids.Add(value);
                    }
                }
            }

            foreach ((_, IReadOnlyList<long> more) in chunk.UnmappedIds.OrderBy(u => u.First))
            {
                ids.AddRange(more);
            }

            foreach ((_, IReadOnlyList<string> more) in chunk.Warnings.OrderBy(w => w.First))
            {
                warnings.AddRange(more);
            }
        }

        errors.Sort(static (a, b) => a.Row.CompareTo(b.Row));
        return new MetrcBatchResult<T>(new Outcomes(_chunks, _rowsRead), ids, warnings, errors, _requests, _error, canceled);
    }

    /// <summary>Every row's outcome as a view over the chunks: no per-row objects are allocated.</summary>
    private sealed class Outcomes(List<Chunk> chunks, int count) : IReadOnlyList<MetrcRowOutcome<T>>
    {
        public int Count => count;

        public MetrcRowOutcome<T> this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
                int low = 0, high = chunks.Count - 1;
                while (low < high)
                {
                    int middle = (low + high + 1) / 2;
                    if (chunks[middle].Start <= index)
                    {
                        low = middle;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                return chunks[low].Outcome(index - chunks[low].Start);
            }
        }

        public IEnumerator<MetrcRowOutcome<T>> GetEnumerator()
        {
            foreach (Chunk chunk in chunks)
            {
                for (int i = 0; i < chunk.Rows.Length; i++)
                {
                    yield return chunk.Outcome(i);
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static int[] All(int count)
    {
        int[] positions = new int[count];
        for (int i = 0; i < count; i++)
        {
            positions[i] = i;
        }

        return positions;
    }

    private static T[] Select(T[] rows, int[] positions)
    {
        var selected = new T[positions.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            selected[i] = rows[positions[i]];
        }

        return selected;
    }

    /// <summary>A run of consecutive input rows sent together, with each row's verdict.</summary>
    private sealed class Chunk(int start, T[] rows)
    {
        public int Start { get; } = start;

        public T[] Rows { get; } = rows;

        public MetrcRowStatus[] Status { get; } = new MetrcRowStatus[rows.Length];

        /// <summary>Extra requests this chunk may still spend on bisecting (see <see cref="BisectBudgetPerChunk"/>).</summary>
        public int BisectBudget = BisectBudgetPerChunk;

        public long?[]? Ids { get; private set; }

        public string?[]? Messages { get; private set; }

        public List<(int First, IReadOnlyList<long> Ids)> UnmappedIds { get; } = [];

        public List<(int First, IReadOnlyList<string> Warnings)> Warnings { get; } = [];

        /// <summary>Metrc's row errors, re-indexed to input positions (with their field and rule code).</summary>
        public List<MetrcRowError> Errors { get; } = [];

        public MetrcRowOutcome<T> Outcome(int position) =>
            new(Start + position, Rows[position], Status[position], Ids?[position], Messages?[position]);

        public void Set(int position, MetrcRowStatus status, long? id, string? message)
        {
            Status[position] = status;
            if (id is not null)
            {
                (Ids ??= new long?[Rows.Length])[position] = id;
            }

            if (message is not null || Messages is not null)
            {
                (Messages ??= new string?[Rows.Length])[position] = message;
            }
        }
    }
}

/// <summary>Reads the caller's rows a chunk at a time, from a sequence or an async sequence.</summary>
internal abstract class RowReader<T> : IAsyncDisposable
{
    /// <summary>Reads a sequence; a list already in memory is checked for null rows first, so nothing is sent when one is null.</summary>
    /// <exception cref="ArgumentException">A row of an in-memory list is null (named by its position).</exception>
    public static RowReader<T> From(IEnumerable<T> rows)
    {
        if (rows is IReadOnlyList<T> list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                EnsureNotNull(list[i], i);
            }
        }

        return new SyncReader(rows.GetEnumerator());
    }

    public static RowReader<T> From(IAsyncEnumerable<T> rows, CancellationToken cancellationToken) => new AsyncReader(rows.GetAsyncEnumerator(cancellationToken));

    /// <summary>How many rows the last <see cref="ReadAsync"/> put in its buffer before it threw.</summary>
    public int ReadBeforeFailure { get; protected set; }

    /// <summary>Fills <paramref name="buffer"/>; returns how many rows were read (fewer only at the end).</summary>
    /// <exception cref="ArgumentException">A row is null (named by its input position).</exception>
    public abstract ValueTask<int> ReadAsync(T[] buffer, int firstIndex, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    protected static void EnsureNotNull(T row, int index)
    {
        if (row is null)
        {
            throw new ArgumentException($"rows[{index}] is null.", "rows");
        }
    }

    private sealed class SyncReader(IEnumerator<T> rows) : RowReader<T>
    {
        public override ValueTask<int> ReadAsync(T[] buffer, int firstIndex, CancellationToken cancellationToken)
        {
            int count = 0;
            try
            {
                while (count < buffer.Length && rows.MoveNext())
                {
                    EnsureNotNull(rows.Current, firstIndex + count);
                    buffer[count++] = rows.Current;
                }
            }
            finally
            {
                ReadBeforeFailure = count;
            }

            return ValueTask.FromResult(count);
        }

        public override ValueTask DisposeAsync()
        {
            rows.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class AsyncReader(IAsyncEnumerator<T> rows) : RowReader<T>
    {
        public override async ValueTask<int> ReadAsync(T[] buffer, int firstIndex, CancellationToken cancellationToken)
        {
            int count = 0;
            try
            {
                while (count < buffer.Length && await rows.MoveNextAsync().ConfigureAwait(false))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    EnsureNotNull(rows.Current, firstIndex + count);
                    buffer[count++] = rows.Current;
                }
            }
            finally
            {
                ReadBeforeFailure = count;
            }

            return count;
        }

        public override ValueTask DisposeAsync() => rows.DisposeAsync();
    }
}
