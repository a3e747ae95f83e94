using BudgetHarvest.Extraction.Layout;
using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Reads one segment into a grid: rules and text of the slice, cleaned; column borders from the first
/// detector that finds evidence (vertical rules, broken horizontal rules, text alignment); row borders from
/// rules refined by text; then the slot lattice with its merged cells.
/// </summary>
internal sealed partial class SegmentReader(GridReaderOptions options, IReadOnlyList<IColumnDetector> detectors)
{
    private readonly RulingExtractor rulings = new(options.Rulings);
    private readonly FragmentBuilder fragments = new(options.Fragments);
    private readonly SegmentCleaner cleaner = new();
    private readonly RowBandBuilder rowBands = new(options.Rows);

    public PageGrid Read(TableSegment segment)
    {
        var page = PageFrame.Of(segment.Page);
        var bottom = Math.Max(segment.Bottom, 0);
        var top = segment.Top <= 0 ? page.Height : segment.Top;
        var rules = rulings.Extract(page, bottom, top);
        var lines = fragments.Build(page, bottom, top, rules.Vertical);
        lines = cleaner.Clean(lines, rules, page.Height, segment.Title);
        if (lines.Count == 0)
        {
            return PageGrid.Empty(page.Number);
        }

        var layout = new SegmentLayout(page.Number, lines, rules);
        foreach (var detector in detectors)
        {
            if (detector.Detect(layout) is not { Count: >= 2 } xs)
            {
                continue;
            }

            var ys = rowBands.Build(layout, xs, detector.FromVerticalRules);
            var lattice = new Lattice(xs, ys);
            var grid = lattice.Fill([.. layout.Fragments], rules.Vertical, detector.FromVerticalRules);
            grid.RemoveAll(row => row.TrueForAll(string.IsNullOrEmpty));
            var places = Places(xs, layout.Fragments);
            DropEmptyColumns(grid, places);
            return new PageGrid(page.Number, grid, CountHeaderRows(grid), detector.GetType().Name) { Columns = places };
        }

        return PageGrid.Empty(page.Number);
    }

    // Header rows are the leading rows before the first one that holds a number.
    internal static int CountHeaderRows(List<List<string>> grid)
    {
        var first = grid.FindIndex(row => row.Exists(c => NumberPattern().IsMatch(c)));
        return first < 0 ? 0 : first;
    }

    // Each column's borders and the middle of the text whose centre falls into it (its middle when it has none).
    private static List<ColumnPlace> Places(List<double> xs, IEnumerable<TextFragment> fragments)
    {
        var left = xs.Skip(1).Select(_ => double.MaxValue).ToArray();
        var right = xs.Skip(1).Select(_ => double.MinValue).ToArray();
        foreach (var f in fragments)
        {
            var c = Lattice.ColumnOf(xs, f.CenterX);
            left[c] = Math.Min(left[c], f.Left);
            right[c] = Math.Max(right[c], f.Right);
        }

        return [.. left.Select((l, c) => new ColumnPlace(xs[c], xs[c + 1], l <= right[c] ? (l + right[c]) / 2 : (xs[c] + xs[c + 1]) / 2))];
    }

    // A column nobody wrote into comes from a spurious border (a decorative rule); it is not printed.
    private static void DropEmptyColumns(List<List<string>> grid, List<ColumnPlace> places)
    {
        if (grid.Count == 0)
        {
            return;
        }

        for (var c = grid[0].Count - 1; c >= 0; c--)
        {
            if (grid.TrueForAll(row => row[c].Length == 0))
            {
                foreach (var row in grid)
                {
                    row.RemoveAt(c);
                }

                places.RemoveAt(c);
            }
        }
    }

    [GeneratedRegex(@"^[-−]?\d[\d,]*(\.\d+)?%?$")]
    private static partial Regex NumberPattern();
}
