using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Metrc.Sdk.Testing.Hosting;

/// <summary>Metrc v2 paging and lastModified filtering, with Metrc's limits (pageSize ≤ 20, windows ≤ 24 h).</summary>
internal static class Paging
{
    public const int MaxPageSize = 20;

    /// <summary>Reads pageNumber/pageSize. Returns false (after writing a 400) for bad values.</summary>
    public static bool TryReadPage(HttpContext context, out int pageNumber, out int pageSize, out Task? error)
    {
        IQueryCollection query = context.Request.Query;
        pageNumber = 1;
        pageSize = MaxPageSize;
        error = null;
        if (query.TryGetValue("pageNumber", out var pn) && (!int.TryParse(pn, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            error = EmulatorJson.MessageAsync(context, 400, "pageNumber must be a positive integer.");
            return false;
        }

        if (query.TryGetValue("pageSize", out var ps) && (!int.TryParse(ps, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > MaxPageSize))
        {
            error = EmulatorJson.MessageAsync(context, 400, $"pageSize must be between 1 and {MaxPageSize}.");
            return false;
        }

        return true;
    }

    /// <summary>Writes one page: <paramref name="data"/> are its records, <paramref name="total"/> the list's size.</summary>
    public static Task WritePageAsync<T>(HttpContext context, List<T> data, int total, int pageNumber, int pageSize) =>
        EmulatorJson.WriteAsync(context, 200, new PageBody<T>(data, total, total, pageSize, data.Count, pageNumber, pageNumber, (total + pageSize - 1) / pageSize));

    /// <summary>
    /// Reads lastModifiedStart/End. Returns false (after writing a 400) when a value is unreadable or the window is over 24 hours.
    /// </summary>
    public static bool TryReadWindow(HttpContext context, out DateTimeOffset? start, out DateTimeOffset? end, out Task? error)
    {
        start = end = null;
        error = null;
        IQueryCollection query = context.Request.Query;
        if (query.TryGetValue("lastModifiedStart", out var s))
        {
            if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
            {
                error = EmulatorJson.MessageAsync(context, 400, $"lastModifiedStart '{s}' is not a valid date.");
                return false;
            }

            start = parsed;
        }

        if (query.TryGetValue("lastModifiedEnd", out var e))
        {
            if (!DateTimeOffset.TryParse(e, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
            {
                error = EmulatorJson.MessageAsync(context, 400, $"lastModifiedEnd '{e}' is not a valid date.");
                return false;
            }

            end = parsed;
        }

        if (start is { } from && end is { } to && (to - from > TimeSpan.FromHours(24) || to < from))
        {
            error = EmulatorJson.MessageAsync(context, 400, "The time span between lastModifiedStart and lastModifiedEnd cannot exceed 24 hours.");
            return false;
        }

        return true;
    }

    public static bool InWindow(DateTimeOffset lastModified, DateTimeOffset? start, DateTimeOffset? end) =>
        (start is null || lastModified >= start) && (end is null || lastModified <= end);

    internal sealed record PageBody<T>(List<T> Data, int Total, int TotalRecords, int PageSize, int RecordsOnPage, int Page, int CurrentPage, int TotalPages);
}
