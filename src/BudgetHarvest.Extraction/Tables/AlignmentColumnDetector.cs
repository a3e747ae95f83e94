namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Column borders inferred from text alignment, for tables without vertical rules: the x-projection of the
/// body fragments leaves gaps between columns (amounts are right-aligned, labels left-aligned, so every
/// column's fragments overlap). Header fragments add columns whose body is empty. Within each gap the border
/// goes where it cuts no header text and, when a partial horizontal rule ends there (the underline of a
/// group header), exactly at that rule end.
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
        var header = layout.Lines.Take(firstBody).SelectMany(l => l.Fragments).ToList();
        var headerOnly = header
            .Where(f => !clusters.Exists(c => c.Left < f.Right && f.Left < c.Right))
            .Select(f => (f.Left, f.Right));
        clusters = Merge(clusters.Concat(headerOnly));

        // Header text that overlaps two columns is a group header; it may cross borders.
        var single = header.Where(f => clusters.Count(c => c.Left < f.Right && f.Left < c.Right) <= 1).ToList();
        var ruleEnds = RuleEnds(layout);
        var borders = new List<double> { clusters[0].Left - 1 };
        for (var i = 1; i < clusters.Count; i++)
        {
            borders.Add(PlaceBorder(clusters[i - 1].Right, clusters[i].Left, single, ruleEnds));
        }

        borders.Add(clusters[^1].Right + 1);
        return borders;
    }

    private static double PlaceBorder(double from, double to, List<TextFragment> header, List<double> ruleEnds)
    {
        var candidates = new List<(double X, int Preference)> { (from + 0.5, 1), ((from + to) / 2, 2), (to - 0.5, 3) };
        candidates.AddRange(ruleEnds.Where(x => x > from && x < to).Select(x => (x, 0)));
        candidates.AddRange(header.Where(f => f.Left > from && f.Left < to).Select(f => (f.Left - 0.5, 4)));
        candidates.AddRange(header.Where(f => f.Right > from && f.Right < to).Select(f => (f.Right + 0.5, 4)));
        return candidates
            .OrderBy(c => header.Count(f => f.Left < c.X - 0.5 && f.Right > c.X + 0.5))
            .ThenBy(c => c.Preference)
            .First().X;
    }

    private static List<double> RuleEnds(SegmentLayout layout)
    {
        var rules = layout.Rulings.Horizontal;
        if (rules.Count == 0)
        {
            return [];
        }

        var left = rules.Min(r => r.Start) + 2;
        var right = rules.Max(r => r.End) - 2;
        return [.. rules.SelectMany(r => new[] { r.Start, r.End }).Where(x => x > left && x < right)];
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
