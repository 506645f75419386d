namespace Metrc.Sdk;

/// <summary>
/// Builds <see cref="MetrcPageable{T}"/> instances without a Metrc client: for fakes of the group interfaces in an
/// application's own tests (Azure's <c>AsyncPageable.FromPages</c> habit).
/// </summary>
public static class MetrcPageable
{
    /// <summary>A list that yields <paramref name="pages"/> in order (page numbers 1..n), fetching nothing.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="pages">The pages' items, one list per page.</param>
    /// <returns>The list.</returns>
    public static MetrcPageable<T> FromPages<T>(IEnumerable<IReadOnlyList<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        List<IReadOnlyList<T>> list = [.. pages];
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"pages[{i}] is null.", nameof(pages));
            }
        }

        int total = list.Sum(p => p.Count);
        return new MetrcPageable<T>(
            (pageNumber, window, ct) =>
            {
                ct.ThrowIfCancellationRequested();
                IReadOnlyList<T> items = pageNumber <= list.Count ? list[pageNumber - 1] : [];
                return Task.FromResult(new MetrcPage<T>(items, pageNumber, list.Count, total, window));
            },
            [null],
            CancellationToken.None);
    }

    /// <summary>A list of one page holding <paramref name="items"/>.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="items">The records.</param>
    /// <returns>The list.</returns>
    public static MetrcPageable<T> FromItems<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return FromPages<T>([[.. items]]);
    }
}
