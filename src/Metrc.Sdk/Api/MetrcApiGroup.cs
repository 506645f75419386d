using System.Text.Json.Serialization.Metadata;
using Metrc.Sdk.Http;
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
        string licenseNumber,
        MetrcListFilter? filter,
        MetrcRequestOptions? options,
        PageResponseReader<T> reader,
        CancellationToken cancellationToken)
    {
        if (operation.FacilityScoped)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        }

        IReadOnlyList<LastModifiedWindow?> windows = GetWindows(filter);
        int pageSize = Pipeline.PageSize;
        return new MetrcPageable<T>(
            async (pageNumber, window, ct) =>
            {
                var query = new List<KeyValuePair<string, string>>(4);
                if (window is { } w)
                {
                    query.Add(new("lastModifiedStart", MetrcTimestamp.Format(w.Start)));
                    query.Add(new("lastModifiedEnd", MetrcTimestamp.Format(w.End)));
                }

                query.Add(new("pageNumber", pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                query.Add(new("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                var request = new MetrcRequest(operation, licenseNumber) { Query = query, Options = options };
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
        MetrcRequestOptions? options,
        PageResponseReader<T> reader,
        CancellationToken cancellationToken)
    {
        if (operation.FacilityScoped)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        }

        var request = new MetrcRequest(operation, licenseNumber) { Options = options };
        PageEnvelope<T> envelope = await Pipeline.SendAsync(request, reader, cancellationToken).ConfigureAwait(false);
        return envelope.Items;
    }

    /// <summary>A single record addressed by a path segment (id or label).</summary>
    protected Task<T> GetAsync<T>(
        MetrcOperation operation,
        string licenseNumber,
        string segment,
        MetrcRequestOptions? options,
        JsonResponseReader<T> reader,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(segment);
        var request = new MetrcRequest(operation, licenseNumber) { PathSuffix = MetrcUriBuilder.Segment(segment), Options = options };
        return Pipeline.SendAsync(request, reader, cancellationToken);
    }

    /// <summary>A write of rows (POST or PUT with a JSON array body). An empty row list sends nothing.</summary>
    protected async Task<MetrcWriteResult> WriteAsync<T>(
        MetrcOperation operation,
        string licenseNumber,
        IEnumerable<T> rows,
        JsonTypeInfo<T> rowType,
        MetrcRequestOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(licenseNumber);
        IReadOnlyList<T> list = MetrcRows.Materialize(rows);
        if (list.Count == 0)
        {
            return MetrcWriteResult.Empty;
        }

        var request = new MetrcRequest(operation, licenseNumber)
        {
            Content = () => JsonRowsContent.Create(list, rowType),
            Options = options,
        };
        return await Pipeline.SendAsync(request, WriteResultReader.Instance, cancellationToken).ConfigureAwait(false);
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
