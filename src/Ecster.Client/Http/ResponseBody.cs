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

    /// <summary>Reads a body that HttpClient has already buffered (<see cref="HttpCompletionOption.ResponseContentRead"/>),
    /// so its stream is a memory stream of known length.</summary>
    public static ResponseBody Read(HttpContent content, CancellationToken cancellationToken)
    {
        using var stream = content.ReadAsStream(cancellationToken);
        var length = checked((int)stream.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            stream.ReadExactly(buffer, 0, length);
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

    private static void Release(byte[] buffer, int length)
    {
        buffer.AsSpan(0, length).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
