namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Column borders inferred from text alignment, for tables without vertical rules: the x-projection of the
/// body fragments leaves gaps between columns (amounts are right-aligned, labels left-aligned, so every
/// column's fragments overlap). Header fragments add columns whose body is empty and are otherwise ignored,
/// since a spanning header would bridge the columns it groups.
/// </summary>
internal sealed class AlignmentColumnDetector : IColumnDetector
{
    public bool FromVerticalRules => false;

    public List<double>? Detect(SegmentLayout layout)
    {
        if (layout.Lines.Count == 0)
        {
            return null;
        }

        var firstBody = Math.Max(0, layout.Lines.FindIndex(l => l.HasNumber));
        var clusters = Merge(layout.Lines.Skip(firstBody).SelectMany(l => l.Fragments).Select(f => (f.Left, f.Right)));
        var headerOnly = layout.Lines.Take(firstBody).SelectMany(l => l.Fragments)
            .Where(f => !clusters.Exists(c => c.Left < f.Right && f.Left < c.Right))
            .Select(f => (f.Left, f.Right));
        clusters = Merge(clusters.Concat(headerOnly));

        var borders = new List<double> { clusters[0].Left - 1 };
        for (var i = 1; i < clusters.Count; i++)
        {
            borders.Add((clusters[i - 1].Right + clusters[i].Left) / 2);
        }

        borders.Add(clusters[^1].Right + 1);
        return borders;
    }

    private static List<(double Left, double Right)> Merge(IEnumerable<(double Left, double Right)> spans)
    {
        var result = new List<(double Left, double Right)>();
        foreach (var span in spans.OrderBy(s => s.Left))
        {
            if (result.Count > 0 && span.Left < result[^1].Right + 0.5)
            {
                result[^1] = (result[^1].Left, Math.Max(result[^1].Right, span.Right));
            }
            else
            {
                result.Add(span);
            }
        }

        return result;
    }
}
