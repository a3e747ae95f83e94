using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BudgetHarvest.Extraction.Tests.Pipeline;

/// <summary>The kinds of broken input users feed the extractor, made on the fly from real PDFs.</summary>
internal static class BadPdfs
{
    public static byte[] Truncated()
    {
        var whole = File.ReadAllBytes(Testing.Fixtures.Public("0000-baoji-bigdata-2023.pdf"));
        return whole[..(whole.Length / 3)];
    }

    public static byte[] HtmlRenamed() =>
        "<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>"u8.ToArray();

    public static byte[] Encrypted() => File.ReadAllBytes(Path.Combine(Testing.Fixtures.Folder, "bad", "encrypted-with-password.pdf"));

    /// <summary>A valid PDF with text, but an invoice rather than a budget disclosure.</summary>
    public static byte[] NotADisclosure()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Invoice No. 12345 - Total due: 99.00 EUR", 12, new PdfPoint(50, 750), font);
        return builder.Build();
    }

    /// <summary>A valid PDF whose page only draws shapes: what a scan without OCR looks like to a text extractor.</summary>
    public static byte[] NoTextLayer()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, 2, fill: true);
        return builder.Build();
    }
}
