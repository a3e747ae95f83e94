using System.Globalization;
using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// Nothing read without rules is silently wrong: a grid whose columns and rows came from text alignment
/// alone can run its header into the title or the first line, or set a heading apart from its column, and
/// still balance. What shows such a misreading in the mapped table — no line read as data, figures or text
/// under no heading, a heading run into a figure — flags it <see cref="IssueCodes.UnmappedTable"/>.
/// </summary>
internal static partial class AlignmentReadCheck
{
    /// <summary>The warning for a table read by alignment and mapped, or null when nothing shows a misreading.</summary>
    public static ExtractionIssue? Check(BudgetTable table, IReadOnlyList<ExtractionIssue> issues, ColumnSynonyms synonyms)
    {
        if (table.Kind is TableKind.Other or TableKind.Performance || issues.Any(i => i.Code == IssueCodes.UnmappedTable) || table.Grid.Count == 0)
        {
            return null;
        }

        var why = Misreading(table, synonyms);
        return why is null ? null : ExtractionIssue.Create(
            IssueCodes.UnmappedTable,
            IssueSeverity.Warning,
            $"表{table.Number?.ToString(CultureInfo.InvariantCulture) ?? "?"} ({table.Title}): columns read from text alignment alone (no rules printed); {why}; the header may be misread and rows may be missing fields.",
            table.Number);
    }

    private static string? Misreading(BudgetTable table, ColumnSynonyms synonyms)
    {
        if (table.Rows.Count == 0)
        {
            return table.Grid.Exists(r => r.Exists(c => c.Any(ch => ch is >= '1' and <= '9'))) ? "no line was read as data" : null;
        }

        if (table.Rows.SelectMany(r => r.Extra).FirstOrDefault(e => e.Key.StartsWith('#') && e.Value is not null and not 0m) is { Key: { } key })
        {
            return $"column {key} holds figures under no heading";
        }

        if (table.Kind == TableKind.Summary)
        {
            return table.Rows.Select(r => LabelText.Compact(r.Text(RowFields.Item))).FirstOrDefault(l => TotalRunIntoNextLabel().IsMatch(l)) is { } run
                ? $"the label '{run}' runs a total into the line under it"
                : null;
        }

        var grid = table.Grid.Select(r => (IReadOnlyList<string>)r).ToList();
        var layout = HeaderLayout.Analyze(grid, table.Kind, synonyms);
        if (grid.Take(layout.DataStart).SelectMany(r => r).FirstOrDefault(c => HeadingRunIntoFigure().IsMatch(LabelText.Compact(c))) is { } fused)
        {
            return $"the heading '{LabelText.Compact(fused)}' ran into a figure of the first line";
        }

        var unheaded = layout.Columns.FirstOrDefault(c => c.Path.Length == 0
            && grid.Skip(layout.DataStart).Any(r => CellReader.Cell(r, c.Index).Any(char.IsLetter)));
        return unheaded is null ? null : $"column #{unheaded.Index + 1} holds text under no heading";
    }

    /// <summary>
    /// A total followed by more words (本年收入合计上年结转): a label line printed without amount, read without a
    /// rule under the total, joined onto it. A total's own qualifier is bracketed (合计（不含…）).
    /// </summary>
    [GeneratedRegex(@"(合计|总计)\p{IsCJKUnifiedIdeographs}{2,}$")]
    private static partial Regex TotalRunIntoNextLabel();

    /// <summary>Heading words followed by an amount printed to the decimals (合计8802720.00): a header line and the first data line as one.</summary>
    [GeneratedRegex(@"^\D*\p{IsCJKUnifiedIdeographs}-?[\d,]+\.\d+$")]
    private static partial Regex HeadingRunIntoFigure();
}
