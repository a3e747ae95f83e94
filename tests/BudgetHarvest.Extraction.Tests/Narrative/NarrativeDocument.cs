using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Locating;
using BudgetHarvest.Extraction.Narrative;
using UglyToad.PdfPig;

namespace BudgetHarvest.Extraction.Tests.Narrative;

/// <summary>A fixture PDF read up to its narrative: pages, furniture, located tables, paragraphs.</summary>
internal sealed record NarrativeDocument(IReadOnlyList<PageText> Pages, TableLocation Location, IReadOnlyList<NarrativeParagraph> Paragraphs)
{
    public static NarrativeDocument Read(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        var pages = Enumerable.Range(1, pdf.NumberOfPages).Select(n => PageTextReader.Read(pdf.GetPage(n))).ToList();
        var furniture = PageFurniture.Learn(pages);
        var location = TableLocator.Locate(pages, furniture);
        return new NarrativeDocument(pages, location, NarrativeReader.Paragraphs(pages, furniture, location));
    }

    /// <summary>The paragraphs' texts without whitespace, as the ground truth is compared.</summary>
    public IEnumerable<string> CompactTexts => Paragraphs.Select(p => TextShape.Compact(p.Text));
}
