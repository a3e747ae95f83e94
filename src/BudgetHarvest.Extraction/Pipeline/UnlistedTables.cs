using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Locating;
using BudgetHarvest.Extraction.Tables;
using UglyToad.PdfPig;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// Tables that neither the 目录 nor a 表N title announce (extract <c>--all-tables</c>): every ruled region
/// outside the located tables and the 目录 becomes a table with no number, kind <c>other</c>, its grid and
/// no rows. A region that opens a page without a title of its own continues the previous page's table
/// when the columns agree.
/// </summary>
internal sealed class UnlistedTables(ITableGridReader gridReader)
{
    // A title sits right above its table: no further than a few lines.
    private const double TitleReach = 40;
    private const int MaxTitleLength = 60;

    private readonly RuledRegionFinder regions = new();

    public List<BudgetTable> Find(PdfDocument pdf, IReadOnlyList<PageText> pages, PageFurniture furniture, TableLocation location)
    {
        var found = new List<(BudgetTable Table, List<TableSegment> Segments)>();
        foreach (var page in pages.Where(p => !location.TableOfContentsPages.Contains(p.Number)))
        {
            var bands = location.Tables.SelectMany(t => t.Bands).Where(b => b.Page == page.Number).ToList();
            var frame = PageFrame.Of(pdf.GetPage(page.Number));
            var content = furniture.Content(page).ToList();
            foreach (var region in regions.Find(frame).Where(r => !bands.Exists(b => Overlaps(b, r))))
            {
                var segment = new TableSegment(frame.Page, region.Top + 1, region.Bottom - 1);
                var grid = gridReader.Read([segment]).Rows;
                if (!LooksLikeTable(grid))
                {
                    continue;
                }

                var title = Title(content, region);
                var previous = found.Count > 0 ? found[^1] : default;
                if (title is null && previous.Table is not null && previous.Table.Pages[^1] == page.Number - 1
                    && IsFirstContent(content, region) && previous.Table.Grid[0].Count == grid[0].Count)
                {
                    previous.Segments.Add(segment);
                    previous.Table.Grid = gridReader.Read(previous.Segments).Rows;
                    previous.Table.Pages.Add(page.Number);
                    continue;
                }

                var table = new BudgetTable { Number = null, Title = title ?? "", Kind = TableKind.Other, Pages = [page.Number], Grid = grid, Rows = [] };
                found.Add((table, [segment]));
            }
        }

        return [.. found.Select(f => f.Table)];
    }

    // Stacked tables on one page can form one ruled region; any real overlap with a located table's band
    // means the region is (partly) that table.
    private static bool Overlaps(PageBand band, RuledRegion region)
    {
        var bottom = band.Bottom <= 0 ? double.MinValue : band.Bottom;
        var overlap = Math.Min(band.Top, region.Top) - Math.Max(bottom, region.Bottom);
        return overlap > Math.Min(10, 0.5 * (region.Top - region.Bottom));
    }

    // Rows of a table fill several cells; a chart's axes and grid lines, or a frame around a paragraph,
    // enclose text that fills one cell per row.
    private static bool LooksLikeTable(List<List<string>> grid)
    {
        var filledRows = grid.Count(row => row.Count(c => c.Length > 0) >= 2);
        return grid.Count >= 2 && filledRows >= 2 && filledRows * 2 >= grid.Count;
    }

    private static string? Title(List<Layout.TextLine> content, RuledRegion region)
    {
        var above = content.Where(l => l.Bottom >= region.Top - 2 && l.Bottom <= region.Top + TitleReach).OrderBy(l => l.Bottom).ToList();
        // The nearest line that reads like a table title; narrative text above a table is not its title.
        return above.Select(l => l.Compact).FirstOrDefault(t => t.Length <= MaxTitleLength && t.EndsWith('表'));
    }

    private static bool IsFirstContent(List<Layout.TextLine> content, RuledRegion region) =>
        !content.Exists(l => l.Bottom > region.Top);
}
