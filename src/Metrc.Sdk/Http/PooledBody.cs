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

    public static async ValueTask<PooledBody> ReadAsync(HttpContent content, int? limit, CancellationToken cancellationToken)
    {
        long? declared = content.Headers.ContentLength;
        int initial = declared is > 0 and < 16 * 1024 * 1024 ? (int)declared.Value : 4096;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(initial);
        int length = 0;
        try
        {
            Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (limit is { } max && length >= max)
                    {
                        break;
                    }

                    if (length == buffer.Length)
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    int read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }

            return new PooledBody(buffer, limit is { } cap ? Math.Min(length, cap) : length);
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
