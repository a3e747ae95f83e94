using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// Finds decompression bombs before the parser does: every stream whose filters start with
/// FlateDecode is inflated through all its leading FlateDecode layers, counting the bytes without
/// keeping them, and a stream that inflates beyond the bound fails the document with
/// <c>resource_limit</c>. PdfPig would otherwise hold the whole inflated stream in memory
/// (a 2.5 KB file nesting two filters inflates to 1 GB).
/// </summary>
internal static partial class DecodedSizeGuard
{
    // A stream dictionary is short; looking this far back from "stream" for it bounds the work per stream.
    private const int DictionaryWindow = 4096;
    private const int CountingBuffer = 64 * 1024;

    /// <exception cref="ExtractionFailure">A stream inflates beyond <paramref name="maxDecodedBytes"/>.</exception>
    public static void Check(byte[] pdf, long maxDecodedBytes)
    {
        var buffer = new byte[CountingBuffer];
        var span = pdf.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOf("stream"u8);
            if (found < 0)
            {
                return;
            }

            var keyword = at + found;
            at = keyword + "stream".Length;
            if (span[..keyword].EndsWith("end"u8) || DataStart(span, at) is not { } start)
            {
                continue;
            }

            var layers = FlateLayers(pdf, keyword);
            if (layers == 0)
            {
                continue;
            }

            var end = span[start..].IndexOf("endstream"u8);
            var length = end < 0 ? span.Length - start : end;
            var decoded = Inflate(pdf, start, length, layers, maxDecodedBytes, buffer);
            if (decoded > maxDecodedBytes)
            {
                throw new ExtractionFailure(IssueCodes.ResourceLimit,
                    $"A stream at byte {start} inflates to more than {maxDecodedBytes / (1024 * 1024)} MB through {layers} FlateDecode filter(s) (a decompression bomb); the document was not parsed.");
            }

            at = start + length;
        }
    }

    /// <summary>Where the data starts: after the end-of-line that must follow the keyword; null when this "stream" is not a keyword.</summary>
    private static int? DataStart(ReadOnlySpan<byte> pdf, int afterKeyword)
    {
        if (afterKeyword < pdf.Length && pdf[afterKeyword] == '\n')
        {
            return afterKeyword + 1;
        }

        if (afterKeyword + 1 < pdf.Length && pdf[afterKeyword] == '\r')
        {
            return pdf[afterKeyword + 1] == '\n' ? afterKeyword + 2 : afterKeyword + 1;
        }

        return null;
    }

    /// <summary>How many FlateDecode filters the stream's dictionary lists before any other filter.</summary>
    private static int FlateLayers(byte[] pdf, int keyword)
    {
        var from = Math.Max(0, keyword - DictionaryWindow);
        var window = Encoding.Latin1.GetString(pdf, from, keyword - from);
        var dictionary = window[(window.LastIndexOf(" obj", StringComparison.Ordinal) + 1)..];
        var filter = FilterEntry().Match(dictionary);
        if (!filter.Success)
        {
            return 0;
        }

        var layers = 0;
        foreach (Match name in FilterName().Matches(filter.Groups["names"].Value))
        {
            if (name.Value is not ("/FlateDecode" or "/Fl"))
            {
                break;
            }

            layers++;
        }

        return layers;
    }

    /// <summary>The inflated size, counted up to just past the bound; a stream that is not valid zlib data counts what inflated before the damage.</summary>
    private static long Inflate(byte[] pdf, int start, int length, int layers, long bound, byte[] buffer)
    {
        Stream stream = new MemoryStream(pdf, start, length, writable: false);
        for (var layer = 0; layer < layers; layer++)
        {
            stream = new ZLibStream(stream, CompressionMode.Decompress);
        }

        long total = 0;
        try
        {
            int read;
            while (total <= bound && (read = stream.Read(buffer)) > 0)
            {
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data is the parser's to report; only size matters here.
        }
        finally
        {
            stream.Dispose();
        }

        return total;
    }

    [GeneratedRegex(@"/Filter\s*(?<names>\[[^\]]*\]|/[A-Za-z0-9]+)")]
    private static partial Regex FilterEntry();

    [GeneratedRegex(@"/[A-Za-z0-9]+")]
    private static partial Regex FilterName();
}
