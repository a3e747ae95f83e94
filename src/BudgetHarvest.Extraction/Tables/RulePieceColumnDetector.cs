namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Column borders from where horizontal rules are broken into pieces. Chromium draws each cell's border
/// separately, so even a table with horizontal rules only reveals its column borders through the piece ends.
/// </summary>
internal sealed class RulePieceColumnDetector(double minShareOfRules = 0.25) : IColumnDetector
{
    public bool FromVerticalRules => false;

    public List<double>? Detect(SegmentLayout layout)
    {
        var pieces = layout.Rulings.HorizontalPieces;
        var rules = layout.Rulings.Horizontal;
        if (pieces.Count <= rules.Count || rules.Count == 0 || layout.Lines.Count == 0)
        {
            return null;
        }

        // A break is where one piece ends and a collinear piece starts.
        var breaks = new List<double>();
        foreach (var line in pieces.GroupBy(p => Math.Round(p.Position)))
        {
            var ordered = line.OrderBy(p => p.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (Math.Abs(ordered[i].Start - ordered[i - 1].End) < 1.5)
                {
                    breaks.Add((ordered[i].Start + ordered[i - 1].End) / 2);
                }
            }
        }

        var needed = Math.Max(2, minShareOfRules * rules.Count);
        var borders = Clustering.Cluster(breaks, 1.5).Where(c => c.Count >= needed).Select(c => c.Value).ToList();
        if (borders.Count == 0)
        {
            return null;
        }

        var left = Math.Min(rules.Min(r => r.Start), layout.TextLeft - 1);
        var right = Math.Max(rules.Max(r => r.End), layout.TextRight + 1);
        borders.RemoveAll(x => x <= left + 1 || x >= right - 1);
        borders.Insert(0, left);
        borders.Add(right);
        return borders;
    }
}
