using System.Runtime.CompilerServices;

namespace Metrc.Sdk;

/// <summary>
/// A Metrc list, fetched page by page as it is enumerated. <c>await foreach</c> over it yields every record; use
/// <see cref="AsPages"/> to see (or resume from) pages, or <see cref="GetPageAsync"/> for one page.
/// </summary>
/// <remarks>
/// Pages are requested only while needed: enumeration stops at the last page Metrc reports, without an extra request.
/// When the filter spans more than 24 hours, each window's pages are fetched in turn.
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
public sealed class MetrcPageable<T> : IAsyncEnumerable<T>
{
    private readonly Func<int, LastModifiedWindow?, CancellationToken, Task<MetrcPage<T>>> _fetchPage;
    private readonly IReadOnlyList<LastModifiedWindow?> _windows;
    private readonly CancellationToken _cancellationToken;

    internal MetrcPageable(
        Func<int, LastModifiedWindow?, CancellationToken, Task<MetrcPage<T>>> fetchPage,
        IReadOnlyList<LastModifiedWindow?> windows,
        CancellationToken cancellationToken)
    {
        _fetchPage = fetchPage;
        _windows = windows;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The <c>lastModified</c> windows this list is fetched in (one <see langword="null"/> entry when unfiltered).</summary>
    public IReadOnlyList<LastModifiedWindow?> Windows => _windows;

    /// <summary>Fetches one page of the first (or only) window.</summary>
    /// <param name="pageNumber">The 1-based page number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="InvalidOperationException">The filter spans several windows; use <see cref="AsPages"/>.</exception>
    public Task<MetrcPage<T>> GetPageAsync(int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        if (_windows.Count > 1)
        {
            throw new InvalidOperationException(
                $"The lastModified range spans {_windows.Count} windows of at most 24 hours; enumerate AsPages() to read all of them.");
        }

        return _fetchPage(pageNumber, _windows[0], Link(cancellationToken));
    }

    /// <summary>Enumerates the list page by page.</summary>
    /// <param name="startPage">The 1-based page of the first window to start from (to resume an earlier read).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public async IAsyncEnumerable<MetrcPage<T>> AsPages(int startPage = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startPage, 1);
        CancellationToken token = Link(cancellationToken);
        for (int w = 0; w < _windows.Count; w++)
        {
            int pageNumber = w == 0 ? startPage : 1;
            while (true)
            {
                token.ThrowIfCancellationRequested();
                MetrcPage<T> page = await _fetchPage(pageNumber, _windows[w], token).ConfigureAwait(false);
                yield return page;

                // Stop at the last page Metrc reports; an empty page also ends the window so a server
                // reporting a wrong TotalPages cannot make the loop run forever.
                if (!page.HasNextPage || page.Items.Count == 0)
                {
                    break;
                }

                pageNumber++;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (MetrcPage<T> page in AsPages(1, cancellationToken).ConfigureAwait(false))
        {
            for (int i = 0; i < page.Items.Count; i++)
            {
                yield return page.Items[i];
            }
        }
    }

    private CancellationToken Link(CancellationToken other)
    {
        if (!other.CanBeCanceled || other == _cancellationToken)
        {
            return _cancellationToken;
        }

        if (!_cancellationToken.CanBeCanceled)
        {
            return other;
        }

        // Rare: two distinct tokens. A linked source is created per enumeration; it is collected with the enumeration.
#pragma warning disable CA2000 // Lives as long as the enumeration; disposing early would break cancellation.
        return CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, other).Token;
#pragma warning restore CA2000
    }
}
