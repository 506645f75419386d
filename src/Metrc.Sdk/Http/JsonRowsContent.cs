using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Metrc.Sdk.Http;

/// <summary>
/// A request body holding a JSON array of rows, serialized once with the source-generated context into a pooled
/// buffer. Its length is known (no chunked encoding) and it can be sent again by a retry.
/// </summary>
internal sealed class JsonRowsContent : HttpContent
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    private readonly PooledBufferWriter _buffer;

    private JsonRowsContent(PooledBufferWriter buffer)
    {
        _buffer = buffer;
        Headers.ContentType = s_json;
    }

    public int Length => _buffer.WrittenCount;

    /// <summary>Serializes <paramref name="rows"/> as one JSON array.</summary>
    public static JsonRowsContent Create<T>(IEnumerable<T> rows, JsonTypeInfo<T> rowType)
    {
        var buffer = new PooledBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
            {
                writer.WriteStartArray();
                if (rows is IReadOnlyList<T> list)
                {
                    for (int i = 0; i < list.Count; i++)
                    {
                        JsonSerializer.Serialize(writer, list[i], rowType);
                    }
                }
                else
                {
                    foreach (T row in rows)
                    {
                        JsonSerializer.Serialize(writer, row, rowType);
                    }
                }

                writer.WriteEndArray();
            }

            return new JsonRowsContent(buffer);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>Serializes one JSON value (for endpoints whose body is an object, not an array).</summary>
    public static JsonRowsContent CreateValue<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new PooledBufferWriter(1024);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
            {
                JsonSerializer.Serialize(writer, value, type);
            }

            return new JsonRowsContent(buffer);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_buffer.WrittenMemory).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).AsTask();

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(_buffer.WrittenSpan);

    protected override bool TryComputeLength(out long length)
    {
        length = _buffer.WrittenCount;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
