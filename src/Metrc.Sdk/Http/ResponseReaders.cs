using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Http;

/// <summary>Turns a successful response body into a result. Throws <see cref="JsonException"/> on a body of the wrong shape.</summary>
internal abstract class ResponseReader<T>
{
    /// <summary>Whether an empty body is a valid answer (writes) rather than a format error.</summary>
    public virtual bool AllowsEmptyBody => false;

    /// <summary>Whether any body is a valid answer (documents), so the pipeline skips its JSON checks.</summary>
    public virtual bool AcceptsAnyBody => false;

    public abstract T Read(ReadOnlySpan<byte> body);

    /// <summary>Reads a body together with its media type; readers of documents override it.</summary>
    public virtual T Read(ReadOnlySpan<byte> body, string? mediaType) => Read(body);
}

/// <summary>Reads one JSON value, or the type's empty value when Metrc answers with no body.</summary>
internal sealed class OptionalJsonResponseReader<T>(JsonTypeInfo<T> type) : ResponseReader<T>
    where T : new()
{
    public override bool AllowsEmptyBody => true;

    public override T Read(ReadOnlySpan<byte> body) =>
        body.IsEmpty ? new T() : JsonSerializer.Deserialize(body, type) ?? new T();
}

/// <summary>
/// Reads a document: Metrc's JSON file envelope (<c>{"FileContents": base64, "ContentType", "FileDownloadName"}</c>) or the raw
/// bytes of any other body with their media type.
/// </summary>
internal sealed class FileResponseReader : ResponseReader<MetrcFile>
{
    public static readonly FileResponseReader Instance = new();

    public override bool AllowsEmptyBody => true;

    public override bool AcceptsAnyBody => true;

    public override MetrcFile Read(ReadOnlySpan<byte> body) => Read(body, null);

    public override MetrcFile Read(ReadOnlySpan<byte> body, string? mediaType)
    {
        if (mediaType is "application/json" or "text/json" && !body.IsEmpty)
        {
            MetrcFile? file = JsonSerializer.Deserialize(body, Serialization.MetrcJsonContext.Default.MetrcFile);
            if (file is { FileContents: not null })
            {
                return file;
            }
        }

        return new MetrcFile { ContentType = mediaType, FileContents = body.ToArray() };
    }
}

/// <summary>Reads one JSON value with the source-generated context.</summary>
internal sealed class JsonResponseReader<T>(JsonTypeInfo<T> type) : ResponseReader<T>
{
    public override T Read(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, type) ?? throw new JsonException($"Expected a {typeof(T).Name} but the body was null.");
}

/// <summary>The paging fields of a Metrc v2 list answer.</summary>
internal readonly record struct PageEnvelope<T>(List<T> Items, int? Page, int? TotalPages, int? TotalRecords, int? PageSize);

/// <summary>
/// Reads a list answer: the v2 paging envelope (<c>{"Data": [...], "TotalPages": ...}</c>) or a bare JSON array
/// (lookup endpoints). The envelope is walked by hand so only <c>List&lt;T&gt;</c> needs a generated serializer.
/// </summary>
internal sealed class PageResponseReader<T>(JsonTypeInfo<List<T>> listType) : ResponseReader<PageEnvelope<T>>
{
    // The envelope as one generated type, when the context has it: the page is then read in a single pass. (Reading the
    // Data array through a scoped reader makes System.Text.Json skip over it once before parsing it.)
    private static readonly JsonTypeInfo<MetrcEnvelope<T>>? s_envelope =
        Serialization.MetrcJsonContext.Default.GetTypeInfo(typeof(MetrcEnvelope<T>)) as JsonTypeInfo<MetrcEnvelope<T>>;

    public override PageEnvelope<T> Read(ReadOnlySpan<byte> body)
    {
        if (s_envelope is not null && FirstToken(body) == (byte)'{')
        {
            MetrcEnvelope<T> envelope = JsonSerializer.Deserialize(body, s_envelope) ?? throw new JsonException("The list answer was null.");
            List<T> data = envelope.Data ?? (envelope.HasData ? [] : throw new JsonException("The list answer has no 'Data' array."));
            return new PageEnvelope<T>(data, envelope.CurrentPage ?? envelope.Page, envelope.TotalPages, envelope.TotalRecords ?? envelope.Total, envelope.PageSize);
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read())
        {
            throw new JsonException("The list answer was empty.");
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            List<T> all = JsonSerializer.Deserialize(ref reader, listType) ?? [];
            return new PageEnvelope<T>(all, 1, 1, all.Count, all.Count);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object or array but found {reader.TokenType}.");
        }

        List<T>? items = null;
        int? page = null, totalPages = null, total = null, pageSize = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Data"u8) || reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                items = reader.TokenType == JsonTokenType.Null ? [] : JsonSerializer.Deserialize(ref reader, listType);
            }
            else if (reader.ValueTextEquals("TotalPages"u8) || reader.ValueTextEquals("totalPages"u8))
            {
                totalPages = ReadInt(ref reader);
            }
            else if (reader.ValueTextEquals("CurrentPage"u8) || reader.ValueTextEquals("Page"u8) || reader.ValueTextEquals("page"u8) || reader.ValueTextEquals("currentPage"u8))
            {
                int? value = ReadInt(ref reader);
                page ??= value;
            }
            else if (reader.ValueTextEquals("TotalRecords"u8) || reader.ValueTextEquals("Total"u8) || reader.ValueTextEquals("totalRecords"u8) || reader.ValueTextEquals("total"u8))
            {
                int? value = ReadInt(ref reader);
                total ??= value;
            }
            else if (reader.ValueTextEquals("PageSize"u8) || reader.ValueTextEquals("pageSize"u8))
            {
                pageSize = ReadInt(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (items is null)
        {
            throw new JsonException("The list answer has no 'Data' array.");
        }

        return new PageEnvelope<T>(items, page, totalPages, total, pageSize);
    }

    private static byte FirstToken(ReadOnlySpan<byte> body)
    {
        foreach (byte b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return b;
            }
        }

        return 0;
    }

    private static int? ReadInt(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt32(out int n) => n,
            JsonTokenType.String when int.TryParse(reader.GetString(), System.Globalization.CultureInfo.InvariantCulture, out int s) => s,
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a number in the paging envelope but found {reader.TokenType}."),
        };
    }
}

/// <summary>The v2 paging envelope as a generated type (see <see cref="PageResponseReader{T}"/>).</summary>
internal sealed class MetrcEnvelope<T>
{
    private List<T>? _data;

    /// <summary>The page's records; <see langword="null"/> when Metrc sent <c>null</c> or no Data at all.</summary>
    public List<T>? Data
    {
        get => _data;
        set
        {
            _data = value;
            HasData = true;
        }
    }

    /// <summary>Whether the answer had a Data property (possibly <c>null</c>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasData { get; private set; }

    public int? TotalPages { get; set; }

    public int? Page { get; set; }

    public int? CurrentPage { get; set; }

    public int? TotalRecords { get; set; }

    public int? Total { get; set; }

    public int? PageSize { get; set; }
}

/// <summary>
/// Reads a write answer: <c>{"Ids": [...], "Warnings": [...]}</c>, or an empty body (older endpoints). Warnings given
/// as objects are kept as their JSON text.
/// </summary>
internal sealed class WriteResultReader : ResponseReader<MetrcWriteResult>
{
    public static readonly WriteResultReader Instance = new();

    public override bool AllowsEmptyBody => true;

    public override MetrcWriteResult Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return MetrcWriteResult.Empty;
        }

        var reader = new Utf8JsonReader(body);
        if (!reader.Read())
        {
            return MetrcWriteResult.Empty;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return MetrcWriteResult.Empty;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            // Some endpoints answer a bare array of ids.
            return new MetrcWriteResult { Ids = ReadIds(ref reader) };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a write result object but found {reader.TokenType}.");
        }

        IReadOnlyList<long> ids = [];
        IReadOnlyList<string> warnings = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Ids"u8) || reader.ValueTextEquals("ids"u8))
            {
                reader.Read();
                ids = reader.TokenType == JsonTokenType.Null ? [] : ReadIds(ref reader);
            }
            else if (reader.ValueTextEquals("Warnings"u8) || reader.ValueTextEquals("warnings"u8))
            {
                reader.Read();
                warnings = reader.TokenType == JsonTokenType.Null ? [] : ReadWarnings(ref reader, body);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new MetrcWriteResult { Ids = ids, Warnings = warnings };
    }

    private static List<long> ReadIds(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of ids but found {reader.TokenType}.");
        }

        var ids = new List<long>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ids.Add(reader.TokenType switch
            {
                JsonTokenType.Number => reader.GetInt64(),
                JsonTokenType.String when long.TryParse(reader.GetString(), System.Globalization.CultureInfo.InvariantCulture, out long s) => s,
                _ => throw new JsonException($"Expected an id but found {reader.TokenType}."),
            });
        }

        return ids;
    }

    private static List<string> ReadWarnings(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of warnings but found {reader.TokenType}.");
        }

        var warnings = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                warnings.Add(reader.GetString()!);
            }
            else
            {
                long start = reader.TokenStartIndex;
                reader.Skip();
                long end = reader.BytesConsumed;
                warnings.Add(System.Text.Encoding.UTF8.GetString(body[(int)start..(int)end]));
            }
        }

        return warnings;
    }
}
