using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace BudgetHarvest.Benchmarks.Extraction;

/// <summary>Builds a long PDF by concatenating whole documents until it has enough pages.</summary>
internal static class LongDocument
{
    public static byte[] Concatenate(IReadOnlyList<byte[]> pdfs, int minimumPages)
    {
        var parts = new List<byte[]>();
        var pages = 0;
        for (var i = 0; pages < minimumPages; i++)
        {
            var pdf = pdfs[i % pdfs.Count];
            using var document = PdfDocument.Open(pdf);
            pages += document.NumberOfPages;
            parts.Add(pdf);
        }

        return PdfMerger.Merge(parts);
    }
}
