using System.Buffers.Binary;

namespace BudgetHarvest.Extraction.Isolation;

/// <summary>
/// The wire format between the host and a worker: each message is a frame of a 4-byte
/// little-endian length and that many bytes. A request is two frames (the file name in UTF-8,
/// then the PDF); a response is one frame (the document as budgetharvest/1 JSON in UTF-8).
/// </summary>
public static class Frames
{
    /// <summary>The largest frame either side accepts; a longer length means the stream is corrupt.</summary>
    public const int MaxLength = int.MaxValue - 1024;

    private const int HeaderLength = sizeof(int);

    /// <summary>Writes one frame and flushes it.</summary>
    public static async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[HeaderLength];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        await stream.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one frame, or null when the stream ends cleanly before it.</summary>
    /// <exception cref="EndOfStreamException">The stream ends inside a frame.</exception>
    /// <exception cref="InvalidDataException">The length is negative or beyond <see cref="MaxLength"/>.</exception>
    public static async Task<byte[]?> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[HeaderLength];
        var read = await stream.ReadAtLeastAsync(header, HeaderLength, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return null;
        }

        if (read < HeaderLength)
        {
            throw new EndOfStreamException("The stream ended inside a frame header.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxLength)
        {
            throw new InvalidDataException($"A frame of {length} bytes is not part of the protocol.");
        }

        var payload = new byte[length];
        await stream.ReadExactlyAsync(payload, cancellationToken).ConfigureAwait(false);
        return payload;
    }
}
