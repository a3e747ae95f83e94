using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;

namespace BudgetHarvest.Extraction.Tests.Mapping.Perturbation;

/// <summary>
/// Ways other producers print the same table, applied to a ground-truth grid: the header rows
/// (everything above the first line holding a number) doubled, reworded, or the code split.
/// Each returns a perturbed copy, or null when the perturbation does not apply to the table.
/// </summary>
internal static partial class GridPerturbations
{
    /// <summary>Header rewordings other templates print, each a synonym the format treats alike.</summary>
    private static readonly (string From, string To)[] Rewordings =
    [
        ("合计", "总计"), ("人员经费", "人员支出"), ("公用经费", "日常公用支出"), ("项目支出", "专项支出"),
        ("专项业务经费", "项目支出"),
        ("单位名称", "预算单位"), ("公务接待费", "公务接待费支出"), ("因公出国（境）费", "因公出国(境)经费"),
        ("公务用车运行维护费", "公务用车运行费"), ("金额", "预算金额"), ("采购项目", "采购项目名称"),
    ];

    public static IReadOnlyList<(string Name, Func<BudgetTable, BudgetTable?> Apply)> All { get; } =
    [
        ("double header glyphs", DoubleHeaderGlyphs),
        ("reword headers", RewordHeaders),
        ("split codes 类|款|项 (every level printed)", t => SplitCodes(t, ownLevelOnly: false)),
        ("split codes 类|款|项 (own level only)", t => SplitCodes(t, ownLevelOnly: true)),
        ("full-width and spaced headers", WidenHeaders),
        ("wrapped amount cells", WrapAmounts),
        ("wrapped label cells", WrapLabels),
    ];

    /// <summary>Fake bold: every header glyph printed twice.</summary>
    public static BudgetTable? DoubleHeaderGlyphs(BudgetTable table) =>
        MapHeader(table, cell => string.Concat(cell.Select(c => char.IsWhiteSpace(c) ? c.ToString() : new string(c, 2))));

    /// <summary>Rewordings that hold in tables keyed by 功能科目 only.</summary>
    private static readonly (string From, string To)[] FunctionRewordings =
        [("科目编码", "功能科目编码"), ("科目名称", "功能科目名称")];

    /// <summary>Header wording of another template.</summary>
    public static BudgetTable? RewordHeaders(BudgetTable table) =>
        MapHeader(table, cell =>
        {
            var compact = LabelText.Compact(cell);
            foreach (var (from, to) in table.Kind == TableKind.FunctionDetail ? [.. Rewordings, .. FunctionRewordings] : Rewordings)
            {
                if (compact == from)
                {
                    return to;
                }
            }

            return cell;
        });

    /// <summary>Headers with full-width brackets and spaces between the glyphs.</summary>
    public static BudgetTable? WidenHeaders(BudgetTable table) =>
        MapHeader(table, cell => string.Join(" ", LabelText.Compact(cell).Replace('(', '（').Replace(')', '）').Select(c => c.ToString())));

    /// <summary>
    /// Every third data line wraps its widest amount inside the cell: the last decimal goes onto a
    /// line of its own (<c>435,216.1</c> over <c>7</c>). The grid stage's joiner reads it back; the
    /// rows must not change.
    /// </summary>
    public static BudgetTable? WrapAmounts(BudgetTable table)
    {
        var headerRows = HeaderRows(table.Grid);
        var rows = Wrap(table.Grid, headerRows, 3, row => row.FindIndex(c => TwoDecimals().IsMatch(c)), text => text.Length - 1);
        if (rows is null)
        {
            return null;
        }

        Tables.WrappedCellJoiner.Join(rows, headerRows);
        return Copy(table, rows);
    }

    /// <summary>
    /// Every other data line wraps its label inside the cell, with no ruling to hold the two lines
    /// together: the label's second half goes onto a line of its own holding nothing else
    /// (<c>机关事业单位基本养老</c> over <c>保险缴费支出</c>). The mapper must read each label whole.
    /// Summary panels are left out: there a label line printed without amount is a line of its own
    /// (政府性基金预算 under 一般公共预算), which text alone cannot tell from a tail; the grid stage's
    /// line spacing has to.
    /// </summary>
    public static BudgetTable? WrapLabels(BudgetTable table)
    {
        if (table.Kind == TableKind.Summary)
        {
            return null;
        }

        var rows = Wrap(table.Grid, HeaderRows(table.Grid), 2,
            row => row.Exists(AmountParser.LooksNumeric) ? row.FindIndex(c => WrappableLabel().IsMatch(LabelText.Compact(c))) : -1,
            text => text.Length / 2);
        return rows is null ? null : Copy(table, rows);
    }

    /// <summary>
    /// The grid with every <paramref name="every"/>-th data line's chosen cell wrapped: its text from
    /// the split point on goes onto a line of its own, blank elsewhere. Null when no line wraps.
    /// </summary>
    private static List<List<string>>? Wrap(List<List<string>> grid, int headerRows, int every, Func<List<string>, int> column, Func<string, int> split)
    {
        var rows = new List<List<string>>();
        var wrapped = 0;
        for (var r = 0; r < grid.Count; r++)
        {
            var row = grid[r].ToList();
            rows.Add(row);
            var j = r >= headerRows && (r - headerRows) % every == 0 ? column(row) : -1;
            if (j < 0)
            {
                continue;
            }

            var text = LabelText.Compact(row[j]);
            var tail = Enumerable.Repeat("", row.Count).ToList();
            tail[j] = text[split(text)..];
            row[j] = text[..split(text)];
            rows.Add(tail);
            wrapped++;
        }

        return wrapped == 0 ? null : rows;
    }

    /// <summary>
    /// A single code column of subject codes (3, 5, 7 digits) printed over 类 | 款 | 项 columns under
    /// the code heading; optionally each line printing only its own level.
    /// </summary>
    public static BudgetTable? SplitCodes(BudgetTable table, bool ownLevelOnly)
    {
        var grid = table.Grid;
        var headerRows = HeaderRows(grid);
        if (headerRows == 0 || grid.Take(headerRows).Any(r => r.Exists(c => LabelText.Compact(c) == "类")))
        {
            return null;
        }

        var column = Enumerable.Range(0, grid[0].Count).FirstOrDefault(j =>
            grid.Take(headerRows).Any(r => j < r.Count && LabelText.Compact(r[j]).Contains("编码", StringComparison.Ordinal))
            && grid.Skip(headerRows).Any(r => j < r.Count && SubjectCode().IsMatch(r[j]))
            && grid.Skip(headerRows).All(r => j >= r.Count || LabelText.Compact(r[j]).Length == 0 || SubjectCode().IsMatch(r[j]) || !r[j].Any(char.IsAsciiDigit)), -1);
        if (column < 0)
        {
            return null;
        }

        var rows = new List<List<string>>();
        for (var r = 0; r < grid.Count; r++)
        {
            var row = grid[r].ToList();
            var cell = column < row.Count ? row[column] : "";
            string[] parts;
            if (r < headerRows)
            {
                parts = [cell, "", ""];
            }
            else if (SubjectCode().IsMatch(cell))
            {
                var code = LabelText.Compact(cell);
                var levels = new[] { code[..3], code.Length >= 5 ? code[3..5] : "", code.Length >= 7 ? code[5..7] : "" };
                var own = levels.Count(l => l.Length > 0) - 1;
                parts = ownLevelOnly ? [.. levels.Select((l, i) => i == own ? l : "")] : levels;
            }
            else
            {
                parts = [cell, "", ""];
            }

            row.RemoveAt(column);
            row.InsertRange(column, parts);
            rows.Add(row);
        }

        // The level headings go on a row of their own under the header.
        var levelRow = Enumerable.Repeat("", rows[0].Count).ToList();
        levelRow[column] = "类";
        levelRow[column + 1] = "款";
        levelRow[column + 2] = "项";
        rows.Insert(headerRows, levelRow);
        return Copy(table, rows);
    }

    /// <summary>Rows above the first line holding a number.</summary>
    public static int HeaderRows(List<List<string>> grid)
    {
        var first = grid.FindIndex(r => r.Exists(AmountParser.LooksNumeric));
        return first < 0 ? 0 : first;
    }

    public static BudgetTable Copy(BudgetTable truth, List<List<string>> grid) => new()
    {
        Number = truth.Number,
        Title = truth.Title,
        Kind = truth.Kind,
        Measure = truth.Measure,
        Empty = truth.Empty,
        EmptyReason = truth.EmptyReason,
        Grid = grid,
    };

    private static BudgetTable? MapHeader(BudgetTable table, Func<string, string> change)
    {
        var headerRows = HeaderRows(table.Grid);
        if (headerRows == 0)
        {
            return null;
        }

        var grid = table.Grid.Select((row, r) => r < headerRows ? row.Select(c => c.Length == 0 ? c : change(c)).ToList() : row.ToList()).ToList();
        return Copy(table, grid);
    }

    [GeneratedRegex(@"^\s*-?[\d,]*\d\.\d[1-9]\s*$")]
    private static partial Regex TwoDecimals();

    [GeneratedRegex(@"^\s*(\d{3}|\d{5}|\d{7})\s*$")]
    private static partial Regex SubjectCode();

    /// <summary>A label long enough to wrap: six ideographs or more, no digit (neither a code nor an amount), not a total.</summary>
    [GeneratedRegex(@"^(?!合计|总计|小计)[^\d]*\p{IsCJKUnifiedIdeographs}{6}[^\d]*$")]
    private static partial Regex WrappableLabel();
}
