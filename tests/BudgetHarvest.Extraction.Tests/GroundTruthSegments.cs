using BudgetHarvest.Core.Text;
using System.Text.RegularExpressions;
using BudgetHarvest.Extraction.Tables;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>
/// Builds the segments the table locator would hand over, from a ground-truth table: on its first page from
/// just below the title line (and a 单位 line right under it), on continuation pages from the page top; down
/// to the next ground-truth table's title on the same page, else the page end.
/// </summary>
internal static partial class GroundTruthSegments
{
    public static List<TableSegment> For(PdfDocument pdf, List<TruthTable> truth, int tableIndex)
    {
        var table = truth[tableIndex];
        var segments = new List<TableSegment>();
        foreach (var pageNumber in table.Pages)
        {
            var page = pdf.GetPage(pageNumber);
            var lines = Lines(page);
            var top = page.Height;
            if (pageNumber == table.Pages[0])
            {
                top = BelowTitle(lines, table.Title) ?? page.Height;
            }

            var bottom = 0.0;
            foreach (var next in truth.Skip(tableIndex + 1).Where(t => t.Pages.Count > 0 && t.Pages[0] == pageNumber))
            {
                var nextTitle = Compact(next.Title);
                var titleLine = lines.FindIndex(l => l.Text.Contains(nextTitle, StringComparison.Ordinal) && l.Text.Length <= nextTitle.Length + 16);
                if (titleLine >= 0 && lines[titleLine].Top < top)
                {
                    // Include a 表N line printed just above the title.
                    var first = titleLine > 0 && TableNumber().IsMatch(lines[titleLine - 1].Text) ? titleLine - 1 : titleLine;
                    bottom = lines[first].Top;
                    break;
                }
            }

            segments.Add(new TableSegment(page, top, bottom));
        }

        return segments;
    }

    private static double? BelowTitle(List<(string Text, double Top, double Bottom)> lines, string title)
    {
        var compact = Compact(title);
        var index = lines.FindIndex(l => l.Text.Contains(compact, StringComparison.Ordinal) && l.Text.Length <= compact.Length + 16);
        if (index < 0)
        {
            return null;
        }

        var bottom = lines[index].Bottom;
        if (index + 1 < lines.Count && UnitLine().IsMatch(lines[index + 1].Text))
        {
            bottom = lines[index + 1].Bottom;
        }

        return bottom - 0.5;
    }

    private static List<(string Text, double Top, double Bottom)> Lines(Page page)
    {
        var lines = new List<(string Text, double Top, double Bottom, double Baseline)>();
        foreach (var word in page.GetWords().OrderByDescending(w => w.Letters[0].StartBaseLine.Y).ThenBy(w => w.BoundingBox.Left))
        {
            var baseline = word.Letters[0].StartBaseLine.Y;
            var size = word.Letters[0].PointSize;
            var text = Compact(CjkRadicals.Normalize(word.Text));
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - baseline) < 0.3 * size)
            {
                var l = lines[^1];
                lines[^1] = (l.Text + text, Math.Max(l.Top, baseline + size), Math.Min(l.Bottom, baseline - (0.15 * size)), l.Baseline);
            }
            else
            {
                lines.Add((text, baseline + size, baseline - (0.15 * size), baseline));
            }
        }

        return [.. lines.Select(l => (l.Text, l.Top, l.Bottom))];
    }

    private static string Compact(string text) => Regex.Replace(GridMetric.Norm(text), @"\s+", "");

    [GeneratedRegex(@"单位[:：]")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^表\d+$")]
    private static partial Regex TableNumber();
}
