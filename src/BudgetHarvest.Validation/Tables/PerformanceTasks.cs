using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// The 年度主要任务 block of a 整体支出绩效目标表 (表14): one line per task with its 总额 and
/// 财政拨款, and the 金额合计 line. Only the grid has it, so it is read from there.
/// </summary>
public sealed class PerformanceTasks
{
    private const string TotalHeading = "总额";
    private const string FiscalHeading = "财政拨款";
    private static readonly string[] SumLabels = ["金额合计", "合计"];

    private PerformanceTasks(BudgetTable table, int totalColumn, int fiscalColumn)
    {
        Table = table;
        TotalColumn = totalColumn;
        FiscalColumn = fiscalColumn;
    }

    public BudgetTable Table { get; }

    /// <summary>Grid column of 总额.</summary>
    public int TotalColumn { get; }

    /// <summary>Grid column of 财政拨款, or -1.</summary>
    public int FiscalColumn { get; }

    /// <summary>Task lines: their grid row index and the texts printed before the amounts.</summary>
    public List<(int Row, IReadOnlyList<string> Labels)> Lines { get; } = [];

    /// <summary>Grid row of 金额合计, or -1.</summary>
    public int SumRow { get; private set; } = -1;

    /// <summary>The block, or null when the grid has no 总额 heading.</summary>
    public static PerformanceTasks? Read(BudgetTable table)
    {
        var grid = table.Grid;
        for (var h = 0; h < grid.Count; h++)
        {
            var totalColumn = grid[h].FindIndex(c => PrintedLabels.Compact(c) == TotalHeading);
            if (totalColumn < 0)
            {
                continue;
            }

            var tasks = new PerformanceTasks(table, totalColumn, grid[h].FindIndex(c => PrintedLabels.Compact(c) == FiscalHeading));
            for (var r = h + 1; r < grid.Count && tasks.SumRow < 0; r++)
            {
                var labels = grid[r].Take(totalColumn).Select(PrintedLabels.Compact).Where(c => c.Length > 0).ToList();
                if (labels.Exists(l => SumLabels.Contains(l, StringComparer.Ordinal)))
                {
                    tasks.SumRow = r;
                }
                else if (NumberText.Parse(Cell(grid[r], totalColumn)) is not null)
                {
                    tasks.Lines.Add((r, labels));
                }
            }

            return tasks;
        }

        return null;
    }

    /// <summary>The figure in a grid row and column.</summary>
    public Figure Figure(int row, int column, string line) =>
        new(NumberText.Parse(Cell(Table.Grid[row], column)), Table.Measure, Table.Number, line);

    /// <summary>How a task line is named in messages.</summary>
    public static string Describe(IReadOnlyList<string> labels) => labels.Count == 0 ? "task line" : $"task “{string.Join(' ', labels)}”";

    private static string Cell(List<string> row, int column) => column >= 0 && column < row.Count ? row[column] : "";
}
