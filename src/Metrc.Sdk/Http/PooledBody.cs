using System.Buffers;

namespace Metrc.Sdk.Http;

/// <summary>A response body read into a pooled buffer; dispose to return the buffer.</summary>
internal struct PooledBody : IDisposable
{
    private byte[]? _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public readonly ReadOnlySpan<byte> Span => _buffer is null ? default : _buffer.AsSpan(0, Length);

    /// <summary>The first byte that is not JSON white space, or 0 when the body is empty or blank.</summary>
    public readonly byte FirstSignificantByte
    {
        get
        {
            ReadOnlySpan<byte> span = Span;
            for (int i = 0; i < span.Length; i++)
            {
                byte b = span[i];
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
                {
                    return b;
                }
            }

            return 0;
        }
    }

    /// <summary>
    /// Reads the whole body into a pooled buffer. <paramref name="limit"/> cuts the body off silently (error bodies, where
    /// the start says enough); <paramref name="maxLength"/> ends the read with <see cref="BodyTooLargeException"/> as soon
    /// as the body (declared or read) is longer, so a hostile or broken answer cannot make the buffer grow without bound.
    /// </summary>
    public static async ValueTask<PooledBody> ReadAsync(HttpContent content, int? limit, CancellationToken cancellationToken, int? maxLength = null)
    {
        long? declared = content.Headers.ContentLength;
        if (maxLength is { } most && declared > most)
        {
            throw new BodyTooLargeException(most, declared.Value);
        }

        int cap = Math.Min(limit ?? int.MaxValue, maxLength is { } m ? m + 1 : int.MaxValue);
        int initial = declared is > 0 and < 16 * 1024 * 1024 ? (int)Math.Min(declared.Value, cap) : Math.Min(4096, cap);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(initial);
        int length = 0;
        try
        {
            Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length >= cap)
                    {
                        if (maxLength is { } max && length > max)
                        {
                            throw new BodyTooLargeException(max, null);
                        }

                        break;
                    }

                    if (length == buffer.Length)
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    int read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, cap) - length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }

            return new PooledBody(buffer, Math.Min(length, cap));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>A response body longer than the configured maximum; the read was ended.</summary>
internal sealed class BodyTooLargeException(int maxLength, long? declaredLength)
    : IOException(declaredLength is { } declared
        ? $"the body declares {declared} bytes, more than the {maxLength}-byte maximum (MetrcClientOptions.MaxResponseBodySize)"
        : $"the body is longer than the {maxLength}-byte maximum (MetrcClientOptions.MaxResponseBodySize); the read was ended")
{
    public int MaxLength { get; } = maxLength;
}
