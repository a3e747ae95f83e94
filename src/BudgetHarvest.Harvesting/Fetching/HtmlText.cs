using System.Text;
using System.Text.RegularExpressions;

namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>Reads an HTML body within a size limit and decodes it with the charset it declares.</summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> GbFamily = new(
        ["gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "csgb2312", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn", "chinese"],
        StringComparer.OrdinalIgnoreCase);

    static HtmlText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<byte[]> ReadLimitedAsync(Stream body, long maxBytes, string source, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw PdfBody.TooLarge(source, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes with the header's charset, else a <c>&lt;meta charset&gt;</c> in the first bytes, else UTF-8.</summary>
    public static string Decode(byte[] bytes, string? headerCharset)
    {
        var charset = headerCharset;
        if (string.IsNullOrWhiteSpace(charset))
        {
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
            charset = MetaCharset().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
        }

        var encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                var name = charset.Trim().Trim('"', '\'');
                // gb2312 pages routinely use GBK characters, and GB18030 is a superset of both, so every
                // name portals give the GB family (some only browsers know) decodes as GB18030.
                encoding = Encoding.GetEncoding(GbFamily.Contains(name) ? "GB18030" : name);
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }
        }

        return encoding.GetString(bytes);
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
