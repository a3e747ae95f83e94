namespace BudgetHarvest.Extraction.Tables;

/// <summary>Column borders from drawn vertical rules (full-grid tables of every producer).</summary>
internal sealed class VerticalRuleColumnDetector(double minRuleShare = 0.15) : IColumnDetector
{
    public bool FromVerticalRules => true;

    public List<double>? Detect(SegmentLayout layout)
    {
        if (layout.Lines.Count == 0)
        {
            return null;
        }

        var top = layout.Lines[0].Top;
        var bottom = layout.Lines[^1].Bottom;
        var height = Math.Max(top - bottom, 1);

        // A border counts when its pieces together cover a real share of the text; short ticks are decoration.
        var borders = layout.Rulings.Vertical
            .GroupBy(r => Math.Round(r.Position / 2))
            .Select(g => (X: g.Average(r => r.Position), Covered: g.Sum(r => r.Overlap(bottom, top))))
            .Where(b => b.Covered >= minRuleShare * height)
            .Select(b => b.X)
            .ToList();
        var merged = Clustering.Cluster(borders, 2).Select(c => c.Value).ToList();
        var left = layout.TextLeft;
        var right = layout.TextRight;
        var interior = merged.Count(x => x > left + 1 && x < right - 1);
        if (interior < 1)
        {
            return null;
        }

        if (merged[0] > left)
        {
            merged.Insert(0, left - 1);
        }

        if (merged[^1] < right)
        {
            merged.Add(right + 1);
        }

        return merged;
    }
}
