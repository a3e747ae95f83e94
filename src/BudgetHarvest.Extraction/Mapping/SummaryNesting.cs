namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Arithmetic as the referee of a summary panel's hierarchy where the print shows none. Lines printed
/// without enumerator (深圳's 款 and 项 under an enumerated 类, 杭州's 类/款/项 with no enumerator at
/// all) are read flat by <see cref="SummaryHierarchy"/>, so a 类 seems to be the sum of its 款 and its
/// 项 together. When such a flat group does not add up to its parent, this looks for the nesting
/// under which it does, each line being either a leaf or the sum of the lines right after it, and
/// gives those lines that parent. A group that adds up flat, or that no nesting explains, stays as read.
/// </summary>
internal sealed class SummaryNesting(MappingOptions options)
{
    /// <summary>One panel line: its label, the parent read so far, its amount, and whether it may be nested (no enumerator, no 其中).</summary>
    public sealed record Line(string Item, string? Parent, decimal? Amount, bool Nestable);

    /// <summary>
    /// The parent of each line after nesting. <paramref name="yearTotal"/> is the index of the panel's
    /// first total line (the top-level lines before it must add up to it), or -1.
    /// </summary>
    public string?[] Nest(IReadOnlyList<Line> lines, int yearTotal)
    {
        var parents = lines.Select(l => l.Parent).ToArray();
        for (var p = 0; p < lines.Count; p++)
        {
            var children = Enumerable.Range(p + 1, lines.Count - p - 1).TakeWhile(i => lines[i].Parent == lines[p].Item).ToList();
            if (children.Count > 1 && lines[p].Amount is { } whole)
            {
                NestGroup(lines, children, whole, parents);
            }
        }

        if (yearTotal > 1 && lines[yearTotal].Amount is { } total && Enumerable.Range(0, yearTotal).All(i => lines[i].Parent is null))
        {
            NestGroup(lines, [.. Enumerable.Range(0, yearTotal)], total, parents);
        }

        return parents;
    }

    private void NestGroup(IReadOnlyList<Line> lines, List<int> group, decimal whole, string?[] parents)
    {
        if (!group.TrueForAll(i => lines[i].Nestable) || Agrees(whole, group.Sum(i => lines[i].Amount ?? 0m), group.Count))
        {
            return;
        }

        var amounts = group.Select(i => lines[i].Amount ?? 0m).ToArray();
        var owner = new int[amounts.Length];
        var search = new Search(amounts, owner, options, amounts.All(a => a >= 0m));
        if (!search.Siblings(0, amounts.Length, whole, -1))
        {
            return;
        }

        for (var k = 0; k < group.Count; k++)
        {
            if (owner[k] >= 0)
            {
                parents[group[k]] = lines[group[owner[k]]].Item;
            }
        }
    }

    private bool Agrees(decimal whole, decimal parts, int members) => Math.Abs(whole - parts) <= options.SumTolerance * Math.Max(members, 1);

    /// <summary>
    /// A depth-first search over nestings, leaf readings first, bounded in steps; the spans already
    /// known not to add up are remembered, so the search stays polynomial on real panels.
    /// </summary>
    private sealed class Search(decimal[] amounts, int[] owner, MappingOptions options, bool nonNegative)
    {
        private readonly HashSet<(int From, int To, decimal Target, int Members)> _failed = [];
        private int _steps;

        /// <summary>Whether lines [from, to) read as consecutive siblings under <paramref name="parent"/> sum to <paramref name="target"/>.</summary>
        public bool Siblings(int from, int to, decimal target, int parent, int members = 0)
        {
            if (++_steps > options.NestingSearchSteps)
            {
                return false;
            }

            if (from == to)
            {
                return Math.Abs(target) <= options.SumTolerance * Math.Max(members, 1);
            }

            var amount = amounts[from];
            if ((nonNegative && amount - target > options.SumTolerance * (members + 1)) || _failed.Contains((from, to, target, members)))
            {
                return false;
            }

            owner[from] = parent;
            // The line owns the lines [from + 1, end): none first (a leaf), then ever more.
            for (var end = from + 1; end <= to; end++)
            {
                if ((end == from + 1 || Siblings(from + 1, end, amount, from)) && Siblings(end, to, target - amount, parent, members + 1))
                {
                    return true;
                }

                if (_steps > options.NestingSearchSteps)
                {
                    return false;
                }
            }

            _failed.Add((from, to, target, members));
            return false;
        }
    }
}
