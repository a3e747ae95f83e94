using System.Text;
using BudgetHarvest.Core.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>Opens PDF bytes with PdfPig, turning each way a file can fail to be a PDF into a clear <see cref="ExtractionFailure"/>.</summary>
internal static class PdfOpener
{
    // PDF readers accept the header anywhere in the first kilobyte.
    private const int HeaderWindow = 1024;

    public static PdfDocument Open(byte[] bytes, long maxDecodedStreamBytes)
    {
        if (bytes.Length == 0)
        {
            throw new ExtractionFailure(IssueCodes.InvalidPdf, "The file is empty (0 bytes).");
        }

        var window = bytes.AsSpan(0, Math.Min(bytes.Length, HeaderWindow));
        if (window.IndexOf("%PDF-"u8) < 0)
        {
            throw new ExtractionFailure(IssueCodes.InvalidPdf, $"Not a PDF: the file starts with \"{Describe(window)}\" instead of %PDF-.");
        }

        DecodedSizeGuard.Check(bytes, maxDecodedStreamBytes);
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ExtractionFailure(IssueCodes.EncryptedPdf, $"The PDF is encrypted and cannot be opened without its password ({e.Message}).", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ExtractionFailure(IssueCodes.InvalidPdf, $"The PDF is damaged or truncated and cannot be read: {e.Message}", e);
        }
    }

    private static string Describe(ReadOnlySpan<byte> window)
    {
        var text = Encoding.UTF8.GetString(window[..Math.Min(window.Length, 24)]);
        var printable = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        return printable.Length == 0 ? "binary data" : printable;
    }
}
