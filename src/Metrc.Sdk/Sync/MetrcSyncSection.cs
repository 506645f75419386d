using System.Runtime.CompilerServices;

namespace Metrc.Sdk.Sync;

/// <summary>
/// One section a facility is synced by: a name and how to list it. The built-in set is
/// <see cref="MetrcSyncSections.All"/>; a new list (lab tests, processing jobs, …) is one more
/// <see cref="MetrcSyncSection{T}"/>.
/// </summary>
public abstract class MetrcSyncSection
{
    private protected MetrcSyncSection(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The stable name, used in checkpoints and configuration (e.g. <c>packages.active</c>).</summary>
    public string Name { get; }

    /// <summary>The model type the section delivers.</summary>
    public abstract Type RecordType { get; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Reads every page of the list (one window, or unfiltered), yielding a batch of the versions not yet in <paramref name="delivered"/>.</summary>
    internal abstract IAsyncEnumerable<SyncPageResult> ReadAsync(
        IMetrcClient client, string licenseNumber, LastModifiedWindow? window, SyncSource source, HashSet<SyncRecordKey> delivered, int pagesInFlight, CancellationToken cancellationToken);
}

/// <summary>A section delivering records of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The model type.</typeparam>
public sealed class MetrcSyncSection<T> : MetrcSyncSection
{
    private readonly Func<IMetrcClient, MetrcListMethod<T>> _list;
    private readonly Func<T, SyncRecordKey> _key;

    /// <summary>Creates a section.</summary>
    /// <param name="name">The stable name (checkpoints are stored under it).</param>
    /// <param name="list">Picks the list method from a client, e.g. <c>c =&gt; c.Packages.ListActiveAsync</c>.</param>
    /// <param name="key">The id and version of a record.</param>
    public MetrcSyncSection(string name, Func<IMetrcClient, MetrcListMethod<T>> list, Func<T, SyncRecordKey> key)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(key);
        _list = list;
        _key = key;
    }

    /// <inheritdoc />
    public override Type RecordType => typeof(T);

    internal override async IAsyncEnumerable<SyncPageResult> ReadAsync(
        IMetrcClient client, string licenseNumber, LastModifiedWindow? window, SyncSource source, HashSet<SyncRecordKey> delivered, int pagesInFlight,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        MetrcListFilter? filter = window is { } w ? MetrcListFilter.ModifiedBetween(w.Start, w.End) : null;
        MetrcPageable<T> pageable = _list(client)(licenseNumber, filter, null, cancellationToken);

        // Page 1 tells how many pages there are; the next ones are requested up to pagesInFlight ahead of the page
        // being delivered (so request latency does not cap the rate), never more: a slow consumer stops the requests.
        MetrcPage<T> first = await pageable.GetPageAsync(1, cancellationToken).ConfigureAwait(false);
        yield return Fresh(first, licenseNumber, window, source, delivered);
        if (!first.HasNextPage || first.Items.Count == 0)
        {
            yield break;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ahead = new Queue<Task<MetrcPage<T>>>();
        int next = 2;
        try
        {
            while (next <= first.TotalPages && ahead.Count < pagesInFlight)
            {
                ahead.Enqueue(pageable.GetPageAsync(next++, stop.Token));
            }

            while (ahead.TryDequeue(out Task<MetrcPage<T>>? pending))
            {
                MetrcPage<T> page = await pending.ConfigureAwait(false);
                if (next <= first.TotalPages)
                {
                    ahead.Enqueue(pageable.GetPageAsync(next++, stop.Token));
                }

                yield return Fresh(page, licenseNumber, window, source, delivered);
            }
        }
        finally
        {
            // The consumer stopped early or a page failed: cancel and observe what is still in flight.
            if (ahead.Count > 0)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                foreach (Task<MetrcPage<T>> task in ahead)
                {
                    await ((Task)task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
    }

    private SyncPageResult Fresh(MetrcPage<T> page, string licenseNumber, LastModifiedWindow? window, SyncSource source, HashSet<SyncRecordKey> delivered)
    {
        List<T>? items = null;
        List<SyncRecordKey>? keys = null;
        for (int i = 0; i < page.Items.Count; i++)
        {
            T item = page.Items[i];
            SyncRecordKey key = _key(item);
            if (delivered.Add(key))
            {
                (items ??= new List<T>(page.Items.Count - i)).Add(item);
                (keys ??= new List<SyncRecordKey>(page.Items.Count - i)).Add(key);
            }
        }

        SyncBatch? batch = items is null ? null : new SyncBatch<T>(licenseNumber, Name, source, window, items, keys!);
        return new SyncPageResult(batch, page.TotalRecords, page.Items.Count - (items?.Count ?? 0));
    }
}

/// <summary>One page read: the batch of new versions (if any), the list's reported total and how many were skipped as already delivered.</summary>
internal readonly record struct SyncPageResult(SyncBatch? Batch, int TotalRecords, int Skipped);
