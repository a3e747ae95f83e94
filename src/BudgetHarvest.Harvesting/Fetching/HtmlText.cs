using System.Text;
using System.Text.RegularExpressions;

namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>Reads an HTML body within a size limit and decodes it with the charset it declares.</summary>
internal static partial class HtmlText
{
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
                // gb2312 pages routinely use GBK characters; GBK is a superset, so decode as GBK.
                encoding = Encoding.GetEncoding(charset.Trim().Trim('"').ToLowerInvariant() is "gb2312" or "gbk" ? "GB18030" : charset.Trim().Trim('"'));
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
