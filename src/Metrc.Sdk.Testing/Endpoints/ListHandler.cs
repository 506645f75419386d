using Metrc.Sdk.Testing.Data;
using Metrc.Sdk.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Endpoints;

/// <summary>The shape of every paged list: lastModified window (≤ 24 h), filter, order by id, page.</summary>
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

        FacilityData facility = EmulatorRequest.Get(context).RequiredFacility;
        lock (store.Lock)
        {
            // Records are stored in id order almost always (ids only grow), so the sort is skipped when the filtered
            // list is already ordered: a list of 100,000 packages is then read page by page without a sort per page.
            var matching = new List<TRecord>();
            bool ordered = true;
            long previous = long.MinValue;
            foreach (TRecord record in select(facility))
            {
                if (Paging.InWindow(lastModified(record), start, end))
                {
                    long current = id(record);
                    ordered &= current >= previous;
                    previous = current;
                    matching.Add(record);
                }
            }

            if (!ordered)
            {
                matching.Sort((a, b) => id(a).CompareTo(id(b)));
            }

            // Projected under the lock: the page's records are mutable.
            return Paging.WritePageAsync(context, matching, r => project(r, facility));
        }
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
