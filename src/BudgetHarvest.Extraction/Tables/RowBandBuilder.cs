namespace BudgetHarvest.Extraction.Tables;

/// <summary>Options for finding row borders.</summary>
public sealed record RowOptions
{
    /// <summary>Lines of one column closer than this share of the typical row gap are one wrapped cell.</summary>
    public double WrapGapShare { get; init; } = 0.7;

    /// <summary>Upper bound of the wrap gap as a share of the font size.</summary>
    public double MaxWrapGapEm { get; init; } = 0.8;
}

/// <summary>
/// Row borders of a segment: the drawn horizontal rules, refined inside each band by the text where a band
/// holds several printed rows (three-line tables, header blocks with two levels and no interior rule).
/// </summary>
internal sealed class RowBandBuilder(RowOptions options)
{
    public List<RowBoundary> Build(SegmentLayout layout, List<double> xs, bool verticallyRuled)
    {
        var top = layout.Lines[0].Top + 1;
        var bottom = layout.Lines[^1].Bottom - 1;
        var left = xs[0];
        var right = xs[^1];
        var boundaries = layout.Rulings.Horizontal
            .Where(r => r.Overlap(left, right) >= Math.Min(10, 0.5 * (right - left)) && r.Position < top && r.Position > bottom)
            .GroupBy(r => Math.Round(r.Position * 2) / 2)
            .Select(g => new RowBoundary(g.Average(r => r.Position), g.ToList()))
            .ToList();
        boundaries.Add(new RowBoundary(top, null));
        boundaries.Add(new RowBoundary(bottom, null));
        var fragments = layout.Fragments.ToList();
        var baseWrapGap = Math.Min(options.WrapGapShare * layout.RowGap(), options.MaxWrapGapEm * fragments.Average(f => f.FontSize));
        if (!verticallyRuled && HeaderBodyBorder(layout, boundaries, baseWrapGap) is { } headerBottom)
        {
            boundaries.Add(headerBottom);
        }

        boundaries.Sort((a, b) => b.Y.CompareTo(a.Y));
        var rowRuled = IsRowRuled(boundaries, fragments);
        var result = new List<RowBoundary> { boundaries[0] };
        for (var i = 1; i < boundaries.Count; i++)
        {
            var upper = boundaries[i - 1].Y;
            var lower = boundaries[i].Y;
            var band = fragments.Where(f => f.CenterY < upper && f.CenterY > lower).ToList();
            var isAmount = BlockGrouper.AmountTest(band, f => Lattice.ColumnOf(xs, f.CenterX));
            var anchors = band.Where(isAmount).Select(f => Math.Round(f.Baseline)).Distinct().Count();
            var split = anchors >= 2 || (anchors == 0 && !verticallyRuled && !rowRuled);
            if (split && band.Count > 1)
            {
                AddInferred(result, band, xs, baseWrapGap, upper, lower, header: anchors == 0);
            }

            result.Add(boundaries[i]);
        }

        return result;
    }

    // Without a drawn rule between the header and the first amount line, a heading centred across two header
    // levels (合计 beside 基本支出 over 人员经费 / 公用经费) overlaps both and would chain them, with the body's
    // text gap, into one printed row: the header is then a band of its own, read as a header.
    // A label of the first row wrapped above its amount line sits as close as a wrap: no border there.
    private static RowBoundary? HeaderBodyBorder(SegmentLayout layout, List<RowBoundary> boundaries, double wrapGap)
    {
        var firstBody = layout.Lines.FindIndex(l => l.HasNumber);
        if (firstBody <= 0)
        {
            return null;
        }

        var (header, body) = (layout.Lines[firstBody - 1], layout.Lines[firstBody]);
        if (header.Bottom - body.Top <= wrapGap || boundaries.Exists(b => b.Y <= header.Bottom + 0.5 && b.Y >= body.Top - 0.5))
        {
            return null;
        }

        return new RowBoundary((header.Bottom + body.Top) / 2, null);
    }

    // Rules between (nearly) every pair of amount lines: each band is one printed row, and a band without
    // amounts is one row too (a paragraph cell printed with explicit line breaks), never split by the text.
    private static bool IsRowRuled(List<RowBoundary> boundaries, List<TextFragment> fragments)
    {
        var anchors = Clustering.Cluster(fragments.Where(f => f.IsNumeric).Select(f => f.Baseline), 1).Select(c => c.Value).ToList();
        if (anchors.Count < 3)
        {
            return false;
        }

        var bands = anchors.Select(a => boundaries.Count(b => b.Y > a)).Distinct().Count();
        return bands >= 0.8 * anchors.Count;
    }

    private static void AddInferred(List<RowBoundary> result, List<TextFragment> band, List<double> xs, double wrapGap, double upper, double lower, bool header)
    {
        int ColumnOf(TextFragment f) => Lattice.ColumnOf(xs, f.CenterX);
        if (header)
        {
            wrapGap = Math.Min(wrapGap, BlockGrouper.TightestInColumnGap(band, ColumnOf));
        }

        var spanning = new List<BlockGrouper.Block>();
        var groups = BlockGrouper.Group(band, ColumnOf, wrapGap, spanning);
        var inferred = new List<RowBoundary>();
        for (var g = 1; g < groups.Count; g++)
        {
            inferred.Add(new RowBoundary((groups[g - 1].Bottom + groups[g].Top) / 2, null));
        }

        foreach (var block in spanning)
        {
            foreach (var boundary in inferred.Where(b => b.Y < block.Top && b.Y > block.Bottom))
            {
                boundary.OpenColumns.Add(block.Column);
            }
        }

        if (header && groups.Count > 1)
        {
            OpenSpanningColumns(groups, inferred, upper, lower);
        }

        result.AddRange(inferred);
    }

    // A header cell that fills the whole band height (centred in it, or starting at its top) spans the
    // levels above it: its text belongs to the top-left, so the inferred borders above it are open.
    private static void OpenSpanningColumns(List<BlockGrouper.RowGroup> groups, List<RowBoundary> inferred, double upper, double lower)
    {
        var bandCenter = (upper + lower) / 2;
        var columnsAbove = new HashSet<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            var levelTop = g == 0 ? upper : inferred[g - 1].Y;
            var levelBottom = g == groups.Count - 1 ? lower : inferred[g].Y;
            var levelCenter = (levelTop + levelBottom) / 2;
            foreach (var block in groups[g].Blocks)
            {
                if (g > 0 && !columnsAbove.Contains(block.Column)
                    && Math.Abs(block.Center - bandCenter) < Math.Abs(block.Center - levelCenter))
                {
                    for (var k = 0; k < g; k++)
                    {
                        inferred[k].OpenColumns.Add(block.Column);
                    }
                }
            }

            foreach (var block in groups[g].Blocks)
            {
                columnsAbove.Add(block.Column);
            }
        }
    }
}
