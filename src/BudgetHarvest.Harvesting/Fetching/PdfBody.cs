using System.Buffers;
using System.Text;
using BudgetHarvest.Harvesting.Storage;

namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>
/// Streams a body into a blob, checking as it goes that it is a PDF (by its bytes, never by its
/// Content-Type) and that it stays under the size limit; a 200 MB body is never held in memory.
/// </summary>
internal static class PdfBody
{
    // PDF readers accept the header anywhere in the first kilobyte; so does the extractor.
    private const int HeaderWindow = 1024;

    public static async Task<StoredBlob> CopyAsync(Stream body, IBlobStore blobs, long maxBytes, string sourceUri, string? contentType, CancellationToken cancellationToken)
    {
        await using var writer = blobs.BeginWrite();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        var head = new byte[HeaderWindow];
        var headLength = 0;
        var checkedHead = false;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (!checkedHead)
                {
                    var take = Math.Min(read, HeaderWindow - headLength);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                    if (headLength == HeaderWindow)
                    {
                        CheckHeader(head, sourceUri, contentType);
                        checkedHead = true;
                    }
                }

                if (writer.Length + read > maxBytes)
                {
                    throw TooLarge(sourceUri, maxBytes);
                }

                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (!checkedHead)
        {
            CheckHeader(head.AsSpan(0, headLength), sourceUri, contentType);
        }

        return await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public static FetchException TooLarge(string sourceUri, long maxBytes) =>
        new(sourceUri, FetchFailureCodes.TooLarge, $"The file is larger than the {maxBytes / (1024.0 * 1024):0.#} MB limit; it was not stored.", isTransient: false);

    private static void CheckHeader(ReadOnlySpan<byte> head, string sourceUri, string? contentType)
    {
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return;
        }

        var served = contentType is null ? "" : $" (served as {contentType})";
        var start = head.Length == 0 ? "nothing: the body is empty" : $"\"{Describe(head)}\"";
        throw new FetchException(sourceUri, FetchFailureCodes.NotAPdf, $"Not a PDF{served}: the body starts with {start} instead of %PDF-.", isTransient: false);
    }

    private static string Describe(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 32)]);
        var printable = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        return printable.Length == 0 ? "binary data" : printable;
    }
}
