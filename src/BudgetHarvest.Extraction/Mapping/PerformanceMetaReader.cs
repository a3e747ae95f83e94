using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Reads the header block of a 绩效目标表: 项目名称 (or 部门（单位）名称), 主管部门, the funds
/// (实施期 before 年度 when both are printed, or the 金额合计 line under 总额/财政拨款/其他资金)
/// and the goal lines, one per printed 目标N.
/// </summary>
internal sealed partial class PerformanceMetaReader(IReadOnlyDictionary<string, IReadOnlyList<string>> terms, CellReader reader)
{
    public PerformanceMeta Read(List<List<string>> grid, int blockEnd)
    {
        var meta = new PerformanceMeta();
        var goalsStart = -1;
        for (var r = 0; r < blockEnd; r++)
        {
            var line = grid[r];
            meta.Project ??= ValueAfter(line, "project");
            meta.Department ??= ValueAfter(line, "department");
            if (goalsStart < 0 && FirstText(line) is { } first && ColumnSynonyms.Matches(first, terms["goalsHeading"]))
            {
                goalsStart = r;
            }
        }

        ReadFunds(grid, goalsStart < 0 ? blockEnd : goalsStart, meta);
        if (goalsStart >= 0)
        {
            for (var r = goalsStart; r < blockEnd; r++)
            {
                foreach (var cell in grid[r].Where(c => LabelText.Compact(c).Length > 0 && !IsLabel(c)))
                {
                    meta.Goals.AddRange(SplitGoals(cell));
                }
            }
        }

        return meta;
    }

    private void ReadFunds(List<List<string>> grid, int end, PerformanceMeta meta)
    {
        // A 金额合计 line reads its amounts under the 总额 / 财政拨款 / 其他资金 headings above it.
        var sumRow = grid.FindIndex(0, end, l => FirstText(l) is { } f && ColumnSynonyms.Matches(f, terms["fundsSumRow"]));
        if (sumRow > 0)
        {
            var headingRow = grid.FindLastIndex(sumRow - 1, sumRow, l => l.Exists(c => ColumnSynonyms.Matches(c, terms["fundsOther"])));
            if (headingRow >= 0)
            {
                var heading = grid[headingRow];
                meta.FundsTotal = Under(grid[sumRow], heading, "fundsTotal");
                meta.FundsFiscal = Under(grid[sumRow], heading, "fundsFiscal");
                meta.FundsOther = Under(grid[sumRow], heading, "fundsOther");
                return;
            }
        }

        for (var r = 0; r < end; r++)
        {
            meta.FundsTotal ??= AmountAfter(grid[r], "fundsTotal");
            meta.FundsFiscal ??= AmountAfter(grid[r], "fundsFiscal");
            meta.FundsOther ??= AmountAfter(grid[r], "fundsOther");
        }
    }

    private decimal? Under(List<string> line, List<string> heading, string role)
    {
        var column = heading.FindIndex(c => ColumnSynonyms.Matches(c, terms[role]));
        return column < 0 ? null : reader.Amount(CellReader.Cell(line, column), "金额合计", role);
    }

    /// <summary>The first non-blank cell after a label of the role, unless that cell is another label.</summary>
    private string? ValueAfter(List<string> line, string role)
    {
        var index = line.FindIndex(c => ColumnSynonyms.Matches(c, terms[role]));
        if (index < 0)
        {
            return null;
        }

        var next = line.Skip(index + 1).Select(LabelText.Compact).FirstOrDefault(c => c.Length > 0);
        return next is null || IsLabel(next) ? null : next;
    }

    private decimal? AmountAfter(List<string> line, string role)
    {
        var index = line.FindIndex(c => ColumnSynonyms.Matches(c, terms[role]));
        if (index < 0)
        {
            return null;
        }

        var next = line.Skip(index + 1).FirstOrDefault(c => LabelText.Compact(c).Length > 0);
        return next is null || IsLabel(next) ? null : reader.Amount(next, role, role);
    }

    private bool IsLabel(string text) =>
        terms.Where(t => t.Key is not ("level1" or "level2" or "name" or "value"))
            .Any(t => ColumnSynonyms.Matches(text, t.Value))
        || ColumnSynonyms.Matches(text, terms["otherLabels"]);

    private static string? FirstText(List<string> line) =>
        line.Select(LabelText.Compact).FirstOrDefault(c => c.Length > 0);

    /// <summary>Goal lines printed in one cell ("目标1：…目标2：…") are split before each 目标N.</summary>
    internal static IEnumerable<string> SplitGoals(string text) =>
        GoalStart().Split(text).Select(g => g.Trim()).Where(g => g.Length > 0);

    [GeneratedRegex(@"(?=目标\s*\d+\s*[:：])")]
    private static partial Regex GoalStart();
}
