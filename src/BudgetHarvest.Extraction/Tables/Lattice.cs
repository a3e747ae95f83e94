namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// The slot lattice of one segment (column borders × row borders). Slots join into merged cells where the
/// border between them is absent: a missing rule in a ruled table, or text running across a column border
/// in an unruled one. Each merged cell's text goes to its top-left slot.
/// </summary>
internal sealed class Lattice
{
    private readonly List<double> xs;
    private readonly List<RowBoundary> ys;
    private readonly int[] parent;
    private readonly int columns;
    private readonly int rows;

    public Lattice(List<double> xs, List<RowBoundary> ys)
    {
        this.xs = xs;
        this.ys = ys;
        columns = xs.Count - 1;
        rows = ys.Count - 1;
        parent = Enumerable.Range(0, rows * columns).ToArray();
    }

    /// <summary>Index of the column whose span holds <paramref name="x"/> (clamped to the outer columns).</summary>
    public static int ColumnOf(List<double> xs, double x)
    {
        var index = xs.BinarySearch(x);
        index = index < 0 ? ~index - 1 : index;
        return Math.Clamp(index, 0, xs.Count - 2);
    }

    public List<List<string>> Fill(IReadOnlyList<TextFragment> fragments, IReadOnlyList<Ruling> verticalRules, bool verticallyRuled)
    {
        var slotText = new List<TextFragment>?[rows * columns];
        foreach (var f in fragments)
        {
            var slot = (RowOf(f.CenterY) * columns) + ColumnOf(xs, f.CenterX);
            (slotText[slot] ??= []).Add(f);
        }

        JoinAcrossColumns(fragments, verticalRules, verticallyRuled);
        JoinAcrossRows();
        ExtendGroupHeaders(slotText);

        var cells = new Dictionary<int, List<TextFragment>>();
        for (var slot = 0; slot < slotText.Length; slot++)
        {
            if (slotText[slot] is { } list)
            {
                var root = Find(slot); // union keeps the smallest index as root: the top-left slot
                if (!cells.TryGetValue(root, out var cell))
                {
                    cells[root] = cell = [];
                }

                cell.AddRange(list);
            }
        }

        var grid = new List<List<string>>();
        for (var r = 0; r < rows; r++)
        {
            var row = new List<string>(columns);
            for (var c = 0; c < columns; c++)
            {
                row.Add(cells.TryGetValue((r * columns) + c, out var cell) ? CellText.Join(cell) : "");
            }

            grid.Add(row);
        }

        return grid;
    }

    private int RowOf(double y)
    {
        for (var r = 0; r < rows; r++)
        {
            if (y >= ys[r + 1].Y)
            {
                return r;
            }
        }

        return rows - 1;
    }

    private void JoinAcrossColumns(IReadOnlyList<TextFragment> fragments, IReadOnlyList<Ruling> verticalRules, bool verticallyRuled)
    {
        for (var r = 0; r < rows; r++)
        {
            var top = ys[r].Y;
            var bottom = ys[r + 1].Y;
            for (var c = 1; c < columns; c++)
            {
                var x = xs[c];
                bool open;
                if (verticallyRuled)
                {
                    var covered = verticalRules.Where(v => Math.Abs(v.Position - x) < 2).Sum(v => v.Overlap(bottom, top));
                    open = covered < 0.5 * (top - bottom);
                }
                else
                {
                    open = fragments.Any(f => f.CenterY < top && f.CenterY > bottom && f.Left < x - 2 && f.Right > x + 2);
                }

                if (open)
                {
                    Union((r * columns) + c - 1, (r * columns) + c);
                }
            }
        }
    }

    private void JoinAcrossRows()
    {
        for (var r = 1; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (!ys[r].IsClosed(xs[c], xs[c + 1], c))
                {
                    Union(((r - 1) * columns) + c, (r * columns) + c);
                }
            }
        }
    }

    // A group header above an inferred border (财政拨款 over its three sub-columns) covers the neighbouring
    // empty slots of its level whose columns continue below, so its text lands at the group's top-left.
    // An empty slot already joined to a cell holding text (基本支出 running across its two sub-columns) is
    // that cell's, never a neighbour's to cover: 合计 beside it must not swallow it.
    private void ExtendGroupHeaders(List<TextFragment>?[] slotText)
    {
        var written = Enumerable.Range(0, slotText.Length).Where(s => slotText[s] is not null).Select(Find).ToHashSet();
        // Only header rows hold group headers; in the body a label next to an empty cell (合计 beside a blank
        // 单位编码) stays in its own column.
        var firstBodyRow = Enumerable.Range(0, rows).FirstOrDefault(r => Enumerable.Range(0, columns).Any(c => slotText[(r * columns) + c]?.Exists(f => f.IsNumeric) == true), rows);
        for (var r = 0; r < Math.Min(rows, firstBodyRow) - 1; r++)
        {
            if (ys[r + 1].Rules is not null)
            {
                continue;
            }

            for (var c = 0; c < columns; c++)
            {
                if (slotText[(r * columns) + c] is null || !ys[r + 1].IsClosed(xs[c], xs[c + 1], c))
                {
                    continue;
                }

                foreach (var step in new[] { -1, 1 })
                {
                    for (var k = c + step; k >= 0 && k < columns; k += step)
                    {
                        var slot = (r * columns) + k;
                        if (slotText[slot] is not null || Find(slot) != slot || written.Contains(slot) || !ys[r + 1].IsClosed(xs[k], xs[k + 1], k) || slotText[slot + columns] is null)
                        {
                            break;
                        }

                        Union((r * columns) + c, slot);
                        written.Add(Find(slot));
                    }
                }
            }
        }
    }

    private int Find(int slot)
    {
        while (parent[slot] != slot)
        {
            parent[slot] = parent[parent[slot]];
            slot = parent[slot];
        }

        return slot;
    }

    private void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
