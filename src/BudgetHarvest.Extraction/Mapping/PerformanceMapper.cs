using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Maps a 绩效目标表: the indicator lines below the 一级指标/二级指标 heading become
/// (level1, level2, name, value) rows, merged level cells carried down; the block above the
/// heading gives the <see cref="PerformanceMeta"/> (see <see cref="PerformanceMetaReader"/>).
/// </summary>
public sealed class PerformanceMapper(ColumnSynonyms? synonyms = null) : ITableRowMapper
{
    private readonly ColumnSynonyms _synonyms = synonyms ?? ColumnSynonyms.Default;

    /// <inheritdoc/>
    public TableKind Kind => TableKind.Performance;

    /// <inheritdoc/>
    public MappingResult Map(BudgetTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var grid = table.Grid;
        var terms = _synonyms.Performance;
        var headingRow = grid.FindIndex(r => r.Exists(c => ColumnSynonyms.Matches(c, terms["level1"])));
        var reader = new CellReader(table);
        var meta = new PerformanceMetaReader(terms, reader).Read(grid, headingRow < 0 ? grid.Count : headingRow);
        var rows = new List<TableRow>();
        if (headingRow < 0)
        {
            return new MappingResult { Rows = rows, Meta = meta, Issues = reader.Issues };
        }

        var heading = grid[headingRow];
        var level1Column = heading.FindIndex(c => ColumnSynonyms.Matches(c, terms["level1"]));
        var level2Column = heading.FindIndex(c => ColumnSynonyms.Matches(c, terms["level2"]));
        var nameColumn = heading.FindIndex(c => ColumnSynonyms.Matches(c, terms["name"]));
        var valueColumn = heading.FindIndex(c => ColumnSynonyms.Matches(c, terms["value"]));
        if (nameColumn < 0)
        {
            // Without a 指标内容 heading the indicator text sits right of the last level.
            nameColumn = Math.Max(level1Column, level2Column) + 1;
        }

        string level1 = "", level2 = "";
        for (var r = headingRow + 1; r < grid.Count; r++)
        {
            var line = grid[r];
            var l1 = LabelText.Compact(CellReader.Cell(line, level1Column));
            var l2 = LabelText.Compact(CellReader.Cell(line, level2Column));
            if (l1.Length > 0 && l1 != level1)
            {
                level1 = l1;
                level2 = "";
            }

            if (l2.Length > 0)
            {
                level2 = l2;
            }

            var name = LabelText.Normalize(CellReader.Cell(line, nameColumn));
            var value = LabelText.Compact(CellReader.Cell(line, valueColumn));
            if (name.Length == 0 && value.Length == 0)
            {
                continue;
            }

            rows.Add(new TableRow()
                .Set(RowFields.Level1, level1.Length > 0 ? level1 : null)
                .Set(RowFields.Level2, level2.Length > 0 ? level2 : null)
                .Set(RowFields.Name, name)
                .Set(RowFields.Value, value));
        }

        return new MappingResult { Rows = rows, Meta = meta, Issues = reader.Issues };
    }
}
