using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Splits the text of one rule-bounded band into printed rows. Per column, lines closer than the wrap gap
/// form one cell block (a wrapped label); numbers never wrap, so they stand alone, and a line only continues
/// the one above when that one is full, and a block never reaches from one amount line to the next (labels wrapped character by character in narrow columns sit as close
/// as the rows themselves). Rows are the groups of overlapping blocks, taken from the columns that hold
/// several blocks; a lone block of a column joins the rows it overlaps, and when it overlaps several it is a
/// cell spanning them.
/// </summary>
internal static partial class BlockGrouper
{
    /// <summary>A cell block: its column and vertical extent.</summary>
    public readonly record struct Block(int Column, double Top, double Bottom)
    {
        public double Center => (Top + Bottom) / 2;
    }

    /// <summary>A printed row: its vertical extent and the blocks in it.</summary>
    public sealed record RowGroup(double Top, double Bottom, List<Block> Blocks);

    /// <summary>Row groups, top first; <paramref name="spanning"/> receives lone blocks that cover several groups.</summary>
    public static List<RowGroup> Group(IReadOnlyList<TextFragment> fragments, Func<TextFragment, int> columnOf, double wrapGap, List<Block> spanning)
    {
        var IsAmount = AmountTest(fragments, columnOf);
        var anchors = Clustering.Cluster(fragments.Where(IsAmount).Select(f => f.Baseline), 1).Select(c => c.Value).OrderByDescending(a => a).ToList();
        var blocks = new List<Block>();
        foreach (var column in fragments.GroupBy(columnOf))
        {
            var ordered = column.OrderByDescending(f => f.Baseline).ToList();
            var fullWidth = ordered.Where(f => !IsAmount(f)).Select(f => f.Right - f.Left).DefaultIfEmpty(0).Max();
            var top = ordered[0].Top;
            var bottom = ordered[0].Bottom;
            var slots = AmountSlots(ordered, anchors);
            var previous = ordered[0];
            foreach (var f in ordered.Skip(1))
            {
                var sameLine = Math.Abs(f.Baseline - previous.Baseline) < 0.3 * f.FontSize;
                // Text only wraps when the line above ran out of room: it is as wide as the column's widest line.
                // A line opening with an enumerator (一、 2、 (3) 其中：) starts a new item, never a continuation.
                var wraps = !IsAmount(f) && !IsAmount(previous) && bottom - f.Top < wrapGap && !StartsItem(f.Text)
                    && previous.Right - previous.Left >= fullWidth - (1.2 * previous.FontSize)
                    && slots[f] == slots[previous];
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

        var stacked = blocks.GroupBy(b => b.Column).Where(g => g.Count() > 1).SelectMany(g => g).ToList();
        var groups = Union(stacked.Count > 0 ? stacked : blocks);
        foreach (var lone in blocks.Except(stacked).Where(_ => stacked.Count > 0))
        {
            var hits = groups.Where(g => lone.Top > g.Bottom && lone.Bottom < g.Top).ToList();
            if (hits.Count > 1)
            {
                spanning.Add(lone);
            }

            var home = hits.Count > 0 ? hits[0] : groups.MinBy(g => Math.Abs(((g.Top + g.Bottom) / 2) - lone.Center))!;
            home.Blocks.Add(lone);
        }

        return groups;
    }

    /// <summary>
    /// Which fragments are amounts: numbers, except in a column of words, where a number is part of a label
    /// (2022 of 2022年预算数 wrapped character by character in a narrow cell).
    /// </summary>
    public static Func<TextFragment, bool> AmountTest(IReadOnlyList<TextFragment> fragments, Func<TextFragment, int> columnOf)
    {
        var textColumns = fragments.GroupBy(columnOf).Where(g => g.Count(f => !f.IsNumeric) > g.Count(f => f.IsNumeric)).Select(g => g.Key).ToHashSet();
        return f => f.IsNumeric && !textColumns.Contains(columnOf(f));
    }

    /// <summary>Twice the tightest line spacing inside one column of the band, capped: the wrap gap of a header block.</summary>
    public static double TightestInColumnGap(IReadOnlyList<TextFragment> fragments, Func<TextFragment, int> columnOf)
    {
        var best = double.MaxValue;
        foreach (var column in fragments.Where(f => !f.IsNumeric).GroupBy(columnOf))
        {
            var ordered = column.OrderByDescending(f => f.Baseline).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var gap = ordered[i - 1].Bottom - ordered[i].Top;
                if (Math.Abs(ordered[i - 1].Baseline - ordered[i].Baseline) > 0.3 * ordered[i].FontSize && gap > -1)
                {
                    best = Math.Min(best, Math.Max(gap, 0.5));
                }
            }
        }

        return best == double.MaxValue ? double.MaxValue : 2 * best;
    }

    private static bool StartsItem(string text) => ItemStart().IsMatch(text);

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|\d+[、.．]|[(（]\d+[)）]|其中[:：])")]
    private static partial Regex ItemStart();

    // The amount line each text line of a column belongs to. A wrapped label sits top-aligned with its amount
    // line or centred on it, so between two amount lines the label of the upper row ends at the widest gap
    // between lines (on a tie, the lowest: top-aligned labels continue downwards). Outside the amount lines,
    // the nearest one. The anchors are the amount baselines, top first.
    private static Dictionary<TextFragment, int> AmountSlots(List<TextFragment> column, List<double> anchors)
    {
        var slots = new Dictionary<TextFragment, int>();
        var tolerance = 0.3 * column[0].FontSize;
        foreach (var f in column)
        {
            slots[f] = NearestAnchor(anchors, f.Baseline);
        }

        for (var i = 1; i < anchors.Count; i++)
        {
            var (upper, lower) = (anchors[i - 1], anchors[i]);
            var between = column.Where(f => f.Baseline < upper - tolerance && f.Baseline > lower + tolerance).ToList();
            if (between.Count == 0)
            {
                continue;
            }

            var points = new List<double> { upper };
            points.AddRange(between.Select(f => f.Baseline));
            points.Add(lower);
            var split = 0;
            for (var k = 1; k < points.Count - 1; k++)
            {
                if (points[k] - points[k + 1] >= points[split] - points[split + 1] - 0.5)
                {
                    split = k;
                }
            }

            for (var k = 0; k < between.Count; k++)
            {
                slots[between[k]] = k < split ? i - 1 : i;
            }
        }

        return slots;
    }

    private static int NearestAnchor(List<double> anchors, double y)
    {
        var best = -1;
        for (var i = 0; i < anchors.Count; i++)
        {
            if (best < 0 || Math.Abs(anchors[i] - y) < Math.Abs(anchors[best] - y))
            {
                best = i;
            }
        }

        return best;
    }

    private static List<RowGroup> Union(List<Block> blocks)
    {
        blocks.Sort((a, b) => b.Top.CompareTo(a.Top));
        var groups = new List<RowGroup>();
        foreach (var block in blocks)
        {
            // Overlap must be real, not a touching edge: em boxes of adjacent rows can graze each other.
            if (groups.Count > 0 && block.Top > groups[^1].Bottom + 0.2)
            {
                var g = groups[^1];
                g.Blocks.Add(block);
                groups[^1] = g with { Bottom = Math.Min(g.Bottom, block.Bottom) };
            }
            else
            {
                groups.Add(new RowGroup(block.Top, block.Bottom, [block]));
            }
        }

        return groups;
    }
}
