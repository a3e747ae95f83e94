using System.IO.Compression;
using System.Text;

namespace BudgetHarvest.Testing;

/// <summary>
/// Malformed and hostile PDFs of the issue-14 probe, built byte by byte on the fly (no binaries are
/// checked in): a page whose /MediaBox refers to itself, a decompression bomb, a page that takes
/// long to parse, and a real disclosure whose font programs are damaged.
/// </summary>
public static class HostilePdfs
{
    /// <summary>What the issue's bomb inflates to.</summary>
    public const long BombInflatedBytes = 1L << 30;

    private const string SimpleText = "BT /F1 12 Tf 72 720 Td (2023) Tj ET";

    private static readonly Lazy<byte[]> Bomb = new(() => DoubleFlateBomb(BombInflatedBytes));

    /// <summary>
    /// The 764-byte PDF whose page /MediaBox is object 6, and object 6 is "6 0 R": a reader that
    /// resolves references recursively never stops.
    /// </summary>
    public static byte[] SelfReferencingMediaBox() => Build(
        Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        Ascii("<< /Type /Page /Parent 2 0 R /MediaBox 6 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
        Stream("", Ascii(SimpleText)),
        Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        Ascii("6 0 R"));

    /// <summary>The issue's bomb (about 2.5 KB, inflating to 1 GB), built once per test run.</summary>
    public static byte[] DoubleFlateBomb() => Bomb.Value;

    /// <summary>A one-page PDF whose content stream, behind two FlateDecode filters, inflates to <paramref name="inflatedBytes"/> zero bytes.</summary>
    public static byte[] DoubleFlateBomb(long inflatedBytes)
    {
        var once = Deflate(output =>
        {
            var zeros = new byte[1 << 20];
            for (var left = inflatedBytes; left > 0; left -= zeros.Length)
            {
                output.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
            }
        });
        var twice = Deflate(output => output.Write(once));
        return OnePage(Stream("/Filter [/FlateDecode /FlateDecode]", twice));
    }

    /// <summary>A valid one-page PDF whose page shows <paramref name="operators"/> strings: slow to parse, not hostile.</summary>
    public static byte[] LongPage(int operators)
    {
        var content = new StringBuilder("BT /F1 4 Tf 10 830 Td\n");
        for (var i = 0; i < operators; i++)
        {
            content.Append("(2023) Tj 0.0001 0 Td\n");
        }

        content.Append("ET");
        return OnePage(Stream("", Ascii(content.ToString())));
    }

    /// <summary>
    /// A real disclosure with <paramref name="flips"/> bytes of every embedded font program inverted
    /// (spread over each program): its pages still draw text with those fonts, but the glyph codes
    /// can no longer be decoded as before.
    /// </summary>
    public static byte[] DamagedFonts(byte[] pdf, int flips, string key = "/FontFile")
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var damaged = (byte[])pdf.Clone();
        var text = Encoding.Latin1.GetString(damaged);
        var at = 0;
        while ((at = text.IndexOf(key, at, StringComparison.Ordinal)) >= 0)
        {
            var reference = System.Text.RegularExpressions.Regex.Match(text[at..], "^" + key + @"[23]?\s+(\d+)\s+0\s+R");
            at++;
            if (!reference.Success)
            {
                continue;
            }

            var header = text.IndexOf($"\n{reference.Groups[1].Value} 0 obj", StringComparison.Ordinal);
            var start = header < 0 ? -1 : text.IndexOf("stream", header, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf("endstream", start, StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            var dataStart = start + "stream".Length + 1;
            var length = end - dataStart;
            for (var i = 1; i <= flips && length > flips; i++)
            {
                damaged[dataStart + (long)length * i / (flips + 1)] ^= 0xFF;
            }
        }

        return damaged;
    }

    /// <summary>Catalog, pages, one A4 page with font F1 (Helvetica) and the given content stream object.</summary>
    private static byte[] OnePage(byte[] contentObject) => Build(
        Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
        contentObject,
        Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));

    /// <summary>A stream object: its dictionary (with /Length added) and its data.</summary>
    private static byte[] Stream(string entries, byte[] data) =>
        [.. Ascii(entries.Length == 0 ? $"<< /Length {data.Length} >>\nstream\n" : $"<< /Length {data.Length} {entries} >>\nstream\n"), .. data, .. Ascii("\nendstream")];

    /// <summary>Numbers the objects from 1, with a cross-reference table and a trailer whose root is object 1.</summary>
    private static byte[] Build(params byte[][] objects)
    {
        using var output = new MemoryStream();
        output.Write(Ascii("%PDF-1.7\n"));
        var offsets = new List<long>();
        for (var n = 1; n <= objects.Length; n++)
        {
            offsets.Add(output.Position);
            output.Write(Ascii($"{n} 0 obj\n"));
            output.Write(objects[n - 1]);
            output.Write(Ascii("\nendobj\n"));
        }

        var xref = output.Position;
        output.Write(Ascii($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            output.Write(Ascii($"{offset:D10} 00000 n \n"));
        }

        output.Write(Ascii($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    private static byte[] Deflate(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            write(zlib);
        }

        return buffer.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
