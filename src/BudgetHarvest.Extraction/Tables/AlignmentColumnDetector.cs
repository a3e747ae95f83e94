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
    // Keeps split parts apart so that merging with header-only spans does not rejoin them.
    private const double SplitMargin = 0.6;

    // Text wider than this share of the table is suspected of spanning columns.
    private const double WideShare = 0.25;

    public bool FromVerticalRules => false;

    public List<double>? Detect(SegmentLayout layout)
    {
        if (layout.Lines.Count == 0)
        {
            return null;
        }

        var firstBody = FirstBodyLine(layout);
        var clusters = SplitBridges(WithoutSpanningCells(layout.Lines.Skip(firstBody).SelectMany(l => l.Fragments).Select(f => (f.Left, f.Right)).ToList()));
        var header = layout.Lines.Take(firstBody).SelectMany(l => l.Fragments).ToList();
        var headerOnly = header
            .Where(f => !clusters.Exists(c => c.Left < f.Right && f.Left < c.Right))
            .Select(f => (f.Left, f.Right));
        clusters = Merge(PairOrphans(clusters, [.. headerOnly], header));

        // Header text that overlaps two columns is a group header; it may cross borders.
        var single = header.Where(f => clusters.Count(c => c.Left < f.Right && f.Left < c.Right) <= 1).ToList();
        var ruleEnds = RuleEnds(layout);
        var borders = new List<double> { clusters[0].Left - 1 };
        for (var i = 1; i < clusters.Count; i++)
        {
            borders.Add(PlaceBorder(clusters[i - 1].Right, clusters[i].Left, single, header, ruleEnds));
        }

        borders.Add(clusters[^1].Right + 1);

        // A partial rule starting or ending inside the table marks a border even where text runs across it
        // (a merged cell's rule ends where the unmerged columns begin).
        var (outerLeft, outerRight) = (borders[0], borders[^1]);
        foreach (var x in ruleEnds.Where(x => x > outerLeft && x < outerRight))
        {
            if (borders.TrueForAll(b => Math.Abs(b - x) > 3))
            {
                borders.Add(x);
            }
        }

        borders.Sort();
        return borders;
    }

    // The body starts at the first line with an amount. A table published unused prints placeholders
    // (** in every cell of the 政府采购 table) where amounts would be: those mark the body just as well.
    private static int FirstBodyLine(SegmentLayout layout)
    {
        var numeric = layout.Lines.FindIndex(l => l.HasNumber);
        return numeric >= 0 ? numeric : Math.Max(0, layout.Lines.FindIndex(l => l.Fragments.Exists(f => f.IsPlaceholder)));
    }

    // With few body rows, an amount can sit wholly beside its header: right-aligned 0 under a centred
    // 因公出国（境）费. A body column with no header text above it and a header with no body text below it,
    // side by side, are one column.
    private static List<(double Left, double Right)> PairOrphans(List<(double Left, double Right)> body, List<(double Left, double Right)> headerOnly, List<TextFragment> header)
    {
        var all = body.Select(c => (Span: c, IsBody: true)).Concat(headerOnly.Select(c => (Span: c, IsBody: false))).OrderBy(c => c.Span.Left).ToList();
        // A group header spanning several body columns heads none of them on its own.
        var own = header.Where(f => body.Count(c => f.Left < c.Right && c.Left < f.Right) <= 1).ToList();
        bool Headed((double Left, double Right) c) => own.Exists(f => f.Left < c.Right && c.Left < f.Right);
        for (var i = 0; i < all.Count; i++)
        {
            if (!all[i].IsBody || Headed(all[i].Span))
            {
                continue;
            }

            var partner = i > 0 && !all[i - 1].IsBody ? i - 1 : i + 1 < all.Count && !all[i + 1].IsBody ? i + 1 : -1;
            if (partner < 0)
            {
                continue;
            }

            var (a, b) = (all[Math.Min(i, partner)].Span, all[Math.Max(i, partner)].Span);
            all[Math.Min(i, partner)] = ((a.Left, b.Right), true);
            all.RemoveAt(Math.Max(i, partner));
            i = Math.Min(i, partner);
        }

        return [.. all.Select(c => c.Span)];
    }

    // A wide paragraph cell (总体目标 of a 绩效目标表) spans several columns and would glue their islands
    // together. Islands come from the narrower text first; a wide fragment joins only when it lies over
    // at most one of them.
    private static List<(double Left, double Right)> WithoutSpanningCells(List<(double Left, double Right)> spans)
    {
        if (spans.Count == 0)
        {
            return spans;
        }

        var width = spans.Max(s => s.Right) - spans.Min(s => s.Left);
        var narrow = spans.Where(s => s.Right - s.Left <= WideShare * width).ToList();
        if (narrow.Count == 0)
        {
            return spans;
        }

        var islands = Merge(narrow);
        return [.. narrow, .. spans.Where(s => s.Right - s.Left > WideShare * width && islands.Count(i => i.Left < s.Right && s.Left < i.Right) <= 1)];
    }

    // Columns are the islands of the x-projection; a single fragment (a paragraph cell spanning several
    // columns, an overlong label) must not glue two islands, so an island whose parts are covered twice or
    // more are linked only by once-covered stretches splits at those stretches.
    private static List<(double Left, double Right)> SplitBridges(List<(double Left, double Right)> spans)
    {
        var events = spans.SelectMany(s => new[] { (X: s.Left, Delta: 1), (X: s.Right, Delta: -1) })
            .OrderBy(e => e.X).ThenBy(e => e.Delta).ToList();
        var cores = new List<(double Left, double Right)>();
        var depth = 0;
        var coreStart = 0.0;
        foreach (var (x, delta) in events)
        {
            var before = depth;
            depth += delta;
            if (before < 2 && depth >= 2)
            {
                coreStart = x;
            }
            else if (before >= 2 && depth < 2 && x > coreStart)
            {
                cores.Add((coreStart, x));
            }
        }

        var islands = Merge(spans);
        var result = new List<(double Left, double Right)>();
        foreach (var island in islands)
        {
            var inside = cores.Where(c => c.Left >= island.Left && c.Right <= island.Right).ToList();
            if (inside.Count < 2)
            {
                result.Add(island);
                continue;
            }

            // Each core keeps the once-covered edges that belong to it alone: split halfway between cores.
            for (var i = 0; i < inside.Count; i++)
            {
                var left = i == 0 ? island.Left : ((inside[i - 1].Right + inside[i].Left) / 2) + SplitMargin;
                var right = i == inside.Count - 1 ? island.Right : ((inside[i].Right + inside[i + 1].Left) / 2) - SplitMargin;
                result.Add((left, right));
            }
        }

        return result;
    }

    // A group header may cross the borders inside its group, but where it overhangs its group the border
    // between groups still goes past it, so the cell it belongs to does not leak into the next group.
    private static double PlaceBorder(double from, double to, List<TextFragment> header, List<TextFragment> allHeader, List<double> ruleEnds)
    {
        var candidates = new List<(double X, int Preference)> { (from + 0.5, 1), ((from + to) / 2, 2), (to - 0.5, 3) };
        candidates.AddRange(ruleEnds.Where(x => x > from && x < to).Select(x => (x, 0)));
        candidates.AddRange(header.Where(f => f.Left > from && f.Left < to).Select(f => (f.Left - 0.5, 4)));
        candidates.AddRange(header.Where(f => f.Right > from && f.Right < to).Select(f => (f.Right + 0.5, 4)));
        return candidates
            .OrderBy(c => header.Count(f => f.Left < c.X - 0.5 && f.Right > c.X + 0.5))
            .ThenBy(c => allHeader.Count(f => f.Left < c.X - 0.5 && f.Right > c.X + 0.5))
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
