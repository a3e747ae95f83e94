namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Splits the text of one rule-bounded band into printed rows. Per column, lines closer than the wrap gap
/// form one cell block (a wrapped label); numbers never wrap, so they always stand alone. Blocks whose
/// vertical extents overlap belong to the same row (a single-line amount is centred against a two-line
/// label), and rows are the connected groups of blocks.
/// </summary>
internal static class BlockGrouper
{
    /// <summary>A cell block: its column and vertical extent.</summary>
    public readonly record struct Block(int Column, double Top, double Bottom)
    {
        public double Center => (Top + Bottom) / 2;
    }

    /// <summary>Row groups as (top, bottom, blocks), top first.</summary>
    public static List<(double Top, double Bottom, List<Block> Blocks)> Group(
        IReadOnlyList<TextFragment> fragments, Func<TextFragment, int> columnOf, double wrapGap)
    {
        var blocks = new List<Block>();
        foreach (var column in fragments.GroupBy(columnOf))
        {
            var ordered = column.OrderByDescending(f => f.Baseline).ToList();
            var top = ordered[0].Top;
            var bottom = ordered[0].Bottom;
            var previous = ordered[0];
            foreach (var f in ordered.Skip(1))
            {
                var sameLine = Math.Abs(f.Baseline - previous.Baseline) < 0.3 * f.FontSize;
                var wraps = !f.IsNumeric && !previous.IsNumeric && bottom - f.Top < wrapGap;
                if (sameLine || wraps)
                {
                    bottom = Math.Min(bottom, f.Bottom);
                }
                else
                {
                    blocks.Add(new Block(column.Key, top, bottom));
                    top = f.Top;
                    bottom = f.Bottom;
                }

                previous = f;
            }

            blocks.Add(new Block(column.Key, top, bottom));
        }

        blocks.Sort((a, b) => b.Top.CompareTo(a.Top));
        var groups = new List<(double Top, double Bottom, List<Block> Blocks)>();
        foreach (var block in blocks)
        {
            // Overlap must be real, not a touching edge: em boxes of adjacent rows can graze each other.
            if (groups.Count > 0 && block.Top > groups[^1].Bottom + 0.2)
            {
                var g = groups[^1];
                g.Blocks.Add(block);
                groups[^1] = (g.Top, Math.Min(g.Bottom, block.Bottom), g.Blocks);
            }
            else
            {
                groups.Add((block.Top, block.Bottom, [block]));
            }
        }

        return groups;
    }
}
