using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>The shape of every paged list read from the store: lastModified window (≤ 24 h), filter, order by id, page.</summary>
internal static class ListHandler
{
    public static Task PagedAsync<TRecord, TBody>(
        HttpContext context,
        EmulatorStore store,
        Func<FacilityData, IEnumerable<TRecord>> select,
        Func<TRecord, DateTimeOffset> lastModified,
        Func<TRecord, long> id,
        Func<TRecord, FacilityData, TBody> project)
    {
        if (!Paging.TryReadWindow(context, out DateTimeOffset? start, out DateTimeOffset? end, out Task? error))
        {
            return error!;
        }

        if (!Paging.TryReadPage(context, out int pageNumber, out int pageSize, out error))
        {
            return error!;
        }

        EmulatorRequest request = EmulatorRequest.Get(context);
        if (request.Facility is not { } facility)
        {
            // An unscoped list (delivery packages) reads every facility the key reaches.
            lock (store.Lock)
            {
                return SortedPageAsync(context, request.Accessible, select, lastModified, id, project, start, end, pageNumber, pageSize);
            }
        }

        int skip = (pageNumber - 1) * pageSize;
        lock (store.Lock)
        {
            // Records are stored in id order almost always (ids only grow): then one pass counts the matches and keeps
            // only the requested page, so a list of 100,000 packages is paged without copying or sorting it per request.
            var page = new List<TBody>(pageSize);
            int total = 0;
            long previous = long.MinValue;
            foreach (TRecord record in select(facility))
            {
                if (!Paging.InWindow(lastModified(record), start, end))
                {
                    continue;
                }

                long current = id(record);
                if (current < previous)
                {
                    return SortedPageAsync(context, [facility], select, lastModified, id, project, start, end, pageNumber, pageSize);
                }

                previous = current;
                if (total >= skip && page.Count < pageSize)
                {
                    // Projected under the lock: the records are mutable.
                    page.Add(project(record, facility));
                }

                total++;
            }

            return Paging.WritePageAsync(context, page, total, pageNumber, pageSize);
        }
    }

    /// <summary>The page of the matching records of <paramref name="facilities"/>, sorted by id (the slower, general path).</summary>
    private static Task SortedPageAsync<TRecord, TBody>(
        HttpContext context, IReadOnlyList<FacilityData> facilities, Func<FacilityData, IEnumerable<TRecord>> select, Func<TRecord, DateTimeOffset> lastModified,
        Func<TRecord, long> id, Func<TRecord, FacilityData, TBody> project, DateTimeOffset? start, DateTimeOffset? end, int pageNumber, int pageSize)
    {
        List<(TRecord Record, FacilityData Facility)> matching = [.. facilities
            .SelectMany(f => select(f).Where(r => Paging.InWindow(lastModified(r), start, end)).Select(r => (r, f)))
            .OrderBy(x => id(x.Item1))];
        List<TBody> page = [.. matching.Skip((pageNumber - 1) * pageSize).Take(pageSize).Select(x => project(x.Record, x.Facility))];
        return Paging.WritePageAsync(context, page, matching.Count, pageNumber, pageSize);
    }

    public static Task BareAsync<TBody>(HttpContext context, EmulatorStore store, Func<EmulatorRequest, List<TBody>> select)
    {
        EmulatorRequest request = EmulatorRequest.Get(context);
        List<TBody> items;
        lock (store.Lock)
        {
            items = select(request);
        }

        return EmulatorJson.WriteAsync(context, 200, items);
    }
}
