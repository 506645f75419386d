namespace Metrc.Sdk.Api;

/// <summary>Guards for row lists passed to writes.</summary>
internal static class MetrcRows
{
    /// <summary>The items as a <see cref="List{T}"/> for a JSON array body, failing with the index of the first null item.</summary>
    public static List<T> ToList<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new List<T>(items);
        int index = list.IndexOf(default!);
        return index < 0 || typeof(T).IsValueType ? list : throw new ArgumentException($"items[{index}] is null.", nameof(items));
    }

    /// <summary>Returns the rows as a list, failing with the index of the first null row.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public static IReadOnlyList<T> Materialize<T>(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        IReadOnlyList<T> list = rows as IReadOnlyList<T> ?? rows.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"rows[{i}] is null.", nameof(rows));
            }
        }

        return list;
    }
}
