using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// Tells a scan from text that cannot be decoded. When no page yields a glyph, the pages are read
/// again with fonts that fail to load skipped: if their content still shows strings, the text layer
/// is there but its fonts are broken (<c>unreadable_text</c>, OCR would not be the fix); only pages
/// without text-showing operators are a scan (<c>no_text_layer</c>).
/// </summary>
internal static class TextLayerCheck
{
    /// <exception cref="ExtractionFailure">No glyph could be read although the pages show text.</exception>
    public static void ThrowIfUndecodable(byte[] bytes, IReadOnlyList<PageText> pages)
    {
        if (pages.Count == 0 || pages.Sum(p => p.LetterCount) > 0)
        {
            return;
        }

        var shown = 0;
        var failedFonts = 0;
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                try
                {
                    shown += pdf.GetPage(number).Operations.Count(IsTextShowing);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failedFonts++;
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Could not tell: the first reading's verdict stands.
            return;
        }

        if (shown > 0)
        {
            throw new ExtractionFailure(IssueCodes.UnreadableText,
                $"The pages show {shown} text strings, but none of their glyphs can be decoded (damaged or unsupported fonts{(failedFonts > 0 ? $"; {failedFonts} page(s) cannot be read at all" : "")}). The text layer exists: repair or re-export the PDF rather than OCR it.");
        }
    }

    private static bool IsTextShowing(IGraphicsStateOperation operation) =>
        operation is ShowText or ShowTextsWithPositioning or MoveToNextLineShowText or MoveToNextLineShowTextWithSpacing;
}
