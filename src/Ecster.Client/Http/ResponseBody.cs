using System.Buffers;

namespace Ecster.Client.Http;

/// <summary>
/// An answer's UTF-8 body in a pooled array, read once from the buffer HttpClient filled (no second array per
/// call, which on a 100-row order is most of what the client allocates). Disposing clears it before it goes back
/// to the pool: a body can hold a consumer's name and personal number.
/// </summary>
internal readonly struct ResponseBody : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _length;

    private ResponseBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Utf8 => _buffer.AsSpan(0, _length);

    /// <summary>Reads a body that HttpClient has already buffered (<see cref="HttpCompletionOption.ResponseContentRead"/>).</summary>
    public static ResponseBody Read(HttpContent content, CancellationToken cancellationToken)
    {
        using var stream = content.ReadAsStream(cancellationToken);
        // One byte over the length: a full buffer means "maybe more", and an exact fit would grow it for nothing.
        var buffer = ArrayPool<byte>.Shared.Rent(stream.CanSeek ? (int)stream.Length + 1 : 4096);
        var length = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                    buffer = Grow(buffer, length);
            }

            return new ResponseBody(buffer, length);
        }
        catch
        {
            Release(buffer, length);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer is not null)
            Release(_buffer, _length);
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, length).CopyTo(larger);
        Release(buffer, length);
        return larger;
    }

    private static void Release(byte[] buffer, int length)
    {
        buffer.AsSpan(0, length).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
