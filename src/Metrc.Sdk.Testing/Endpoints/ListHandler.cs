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

        // A facility-scoped list reads the named facility; an unscoped one (delivery packages) every facility the key reaches.
        EmulatorRequest request = EmulatorRequest.Get(context);
        IReadOnlyList<FacilityData> facilities = request.Facility is { } named ? [named] : request.Accessible;
        List<TBody> page;
        lock (store.Lock)
        {
            page = facilities
                .SelectMany(f => select(f).Where(r => Paging.InWindow(lastModified(r), start, end)).Select(r => (Record: r, Facility: f)))
                .OrderBy(x => id(x.Record))
                .Select(x => project(x.Record, x.Facility))
                .ToList();
        }

        return Paging.WritePageAsync(context, page);
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
