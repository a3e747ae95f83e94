using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Maps the summary tables (收支总表, 财政拨款收支总表, 政府性基金收支表): side-by-side (项目, 预算数)
/// panels become rows panel by panel (income, function, dept_economic, gov_economic), each top to
/// bottom. Empty forms still list their labels, with a null amount.
/// </summary>
public sealed class SummaryMapper(ColumnSynonyms? synonyms = null) : ITableRowMapper
{
    private static readonly string[] PanelOrder =
        [SummaryPanels.Income, SummaryPanels.Function, SummaryPanels.DeptEconomic, SummaryPanels.GovEconomic];

    private readonly ColumnSynonyms _synonyms = synonyms ?? ColumnSynonyms.Default;

    /// <inheritdoc/>
    public TableKind Kind => TableKind.Summary;

    /// <inheritdoc/>
    public MappingResult Map(BudgetTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var grid = table.Grid;
        var reader = new CellReader(table);
        var (headerRow, panels) = FindPanels(grid);
        var rows = new List<TableRow>();
        if (headerRow < 0)
        {
            return new MappingResult { Rows = rows, Issues = reader.Issues };
        }

        var hierarchy = new SummaryHierarchy(_synonyms.SummaryTotalRows, _synonyms.SummaryBalanceRows);
        var subHeader = SubHeader(grid, headerRow);
        foreach (var panel in panels.OrderBy(p => Array.IndexOf(PanelOrder, p.Name)).ThenBy(p => p.LabelColumn))
        {
            var more = MoreAmountColumns(grid, panels, panel, subHeader);
            foreach (var column in more.Where(c => c.Field is null))
            {
                reader.Unmapped(column);
            }

            var lines = new List<(string Label, List<string> Line)>();
            for (var r = headerRow + 1; r < grid.Count; r++)
            {
                var label = CellReader.Cell(grid[r], panel.LabelColumn);
                if (LabelText.Compact(label).Length > 0 && !AmountParser.IsPlaceholder(label))
                {
                    lines.Add((label, grid[r]));
                }
            }

            var assigned = hierarchy.Assign(lines.Select(l => l.Label));
            var amounts = assigned.Select((a, i) => reader.Amount(CellReader.Cell(lines[i].Line, panel.AmountColumn), a.Item, RowFields.Amount)).ToList();
            var parents = Nested(lines.Select(l => l.Label).ToList(), assigned, amounts);
            for (var i = 0; i < lines.Count; i++)
            {
                var item = assigned[i].Item;
                var row = new TableRow()
                    .Set(RowFields.Panel, panel.Name)
                    .Set(RowFields.Item, item)
                    .Set(RowFields.Parent, parents[i])
                    .Set(RowFields.Amount, amounts[i]);
                foreach (var column in more)
                {
                    var amount = reader.Amount(CellReader.Cell(lines[i].Line, column.Index), item, column.Field ?? column.ExtraKey);
                    if (column.Field is { } field)
                    {
                        row.Set(field, amount);
                    }
                    else
                    {
                        row.SetExtra(column.ExtraKey, amount);
                    }
                }

                rows.Add(row);
            }
        }

        return new MappingResult { Rows = rows, Issues = reader.Issues };
    }

    /// <summary>The parents after arithmetic has nested the lines printed without enumerator (<see cref="SummaryNesting"/>).</summary>
    private string?[] Nested(List<string> printed, List<(string Item, string? Parent)> assigned, List<decimal?> amounts)
    {
        var lines = assigned.Select((a, i) => new SummaryNesting.Line(
            a.Item, a.Parent, amounts[i], LabelText.EnumeratorLevel(printed[i]) == LabelText.NoEnumerator && !LabelText.IsSubItem(printed[i]))).ToList();
        var yearTotal = lines.FindIndex(l => ColumnSynonyms.Contains(l.Item, _synonyms.SummaryTotalRows));
        return new SummaryNesting(MappingOptions.Default).Nest(lines, yearTotal);
    }

    /// <summary>
    /// The header row holding the amount headings (预算数) and one panel per amount column: its
    /// label column is the nearest column to the left, its name comes from the label heading (or
    /// the spanning heading above it); panels not identified take the remaining names in order.
    /// </summary>
    private (int HeaderRow, List<Panel> Panels) FindPanels(List<List<string>> grid)
    {
        for (var r = 0; r < Math.Min(grid.Count, 6); r++)
        {
            var amountColumns = Enumerable.Range(0, grid[r].Count)
                .Where(j => j > 0 && ColumnSynonyms.Matches(WithoutYear(grid[r][j]), _synonyms.SummaryAmount))
                .ToList();
            if (amountColumns.Count == 0)
            {
                continue;
            }

            amountColumns = [.. amountColumns.Concat(UnheadedAmountColumns(grid, r, amountColumns)).Order()];

            var panels = new List<Panel>();
            var previous = -1;
            foreach (var amount in amountColumns)
            {
                // The label column is the headed one nearest to the left: a spurious empty column
                // between 项目 and 预算数 must not become the label.
                var label = Enumerable.Range(previous + 1, Math.Max(0, amount - previous - 1)).Reverse()
                    .FirstOrDefault(k => LabelText.Compact(CellReader.Cell(grid[r], k)).Length > 0, amount - 1);
                var heading = string.Concat(Enumerable.Range(0, r + 1)
                    .Select(h => LabelText.Compact(CellReader.Cell(grid[h], label))));
                panels.Add(new Panel(Identify(heading, CellReader.Cell(grid[r], label)), label, amount));
                previous = amount;
            }

            var unused = new Queue<string>(PanelOrder.Where(p => !panels.Exists(x => x.Name == p)));
            for (var i = 0; i < panels.Count; i++)
            {
                if (panels[i].Name.Length == 0 || panels.FindIndex(p => p.Name == panels[i].Name) < i)
                {
                    panels[i] = panels[i] with { Name = unused.Count > 0 ? unused.Dequeue() : "" };
                }
            }

            return (r, panels.Where(p => p.Name.Length > 0).ToList());
        }

        return (-1, []);
    }

    /// <summary>
    /// Amount columns whose 预算数 heading the text layer lost (printed over the border, it lands in the
    /// next label heading: 部门预预算算数支出经济分类科目): an unheaded column right after a label heading
    /// that holds amounts below the header is that label's 预算数 column.
    /// </summary>
    private IEnumerable<int> UnheadedAmountColumns(List<List<string>> grid, int headerRow, List<int> headed)
    {
        for (var j = 1; j < grid[headerRow].Count; j++)
        {
            var before = CellReader.Cell(grid[headerRow], j - 1);
            if (!headed.Contains(j) && !headed.Contains(j - 1) && LabelText.Compact(CellReader.Cell(grid[headerRow], j)).Length == 0
                && LabelText.Compact(before).Length > 0 && !ColumnSynonyms.Matches(WithoutYear(before), _synonyms.SummaryAmount)
                && grid.Skip(headerRow + 1).Any(row => AmountParser.LooksNumeric(CellReader.Cell(row, j))))
            {
                yield return j;
            }
        }
    }

    /// <summary>The header rows under the 预算数 row (a spending panel printing 合计 | 基本支出 | 项目支出 …), read as a header.</summary>
    private HeaderLayout? SubHeader(List<List<string>> grid, int headerRow)
    {
        var rows = grid.Skip(headerRow + 1).TakeWhile(r => !r.Exists(c => AmountParser.LooksNumeric(c) || AmountParser.IsPlaceholder(c)))
            .TakeWhile(r => HeaderLayout.IsHeaderRow(r, TableKind.ExpenseByUnit, _synonyms) || r.TrueForAll(c => LabelText.Compact(c).Length == 0))
            .Select(r => (IReadOnlyList<string>)r).ToList();
        return rows.Count == 0 ? null : HeaderLayout.Analyze(rows, TableKind.ExpenseByUnit, _synonyms);
    }

    /// <summary>
    /// The amount columns a panel prints besides its 预算数 (合计) column, up to the next panel's label
    /// column: each with the amount key its sub-heading names (basic, personnel, …), or none (kept in extra).
    /// </summary>
    private static List<HeaderColumn> MoreAmountColumns(List<List<string>> grid, List<Panel> panels, Panel panel, HeaderLayout? subHeader)
    {
        var next = panels.Where(p => p.LabelColumn > panel.AmountColumn).Select(p => p.LabelColumn).DefaultIfEmpty(grid.Max(r => r.Count)).Min();
        var more = new List<HeaderColumn>();
        for (var j = panel.AmountColumn + 1; j < next; j++)
        {
            var column = subHeader is not null && j < subHeader.Columns.Count ? subHeader.Columns[j] : new HeaderColumn(j, null, "", []);
            var field = column.Field is { } f && FieldTypes.IsAmount(f) && f != RowFields.Total ? f : null;
            if (grid.Exists(r => AmountParser.LooksNumeric(CellReader.Cell(r, j))))
            {
                more.Add(column with { Field = field });
            }
        }

        return more;
    }

    /// <summary>A heading without the year it names (2026年预算数 → 预算数).</summary>
    private static string WithoutYear(string heading)
    {
        var compact = LabelText.Compact(heading);
        return compact.Length > 5 && compact[..4].All(char.IsAsciiDigit) && compact[4] == '年' ? compact[5..] : compact;
    }

    private string Identify(string headingPath, string heading)
    {
        foreach (var (panel, fragments) in _synonyms.SummaryPanels)
        {
            if (ColumnSynonyms.Contains(heading, fragments))
            {
                return panel;
            }
        }

        foreach (var (panel, fragments) in _synonyms.SummaryPanels)
        {
            if (ColumnSynonyms.Contains(headingPath, fragments))
            {
                return panel;
            }
        }

        return "";
    }

    private sealed record Panel(string Name, int LabelColumn, int AmountColumn);
}
