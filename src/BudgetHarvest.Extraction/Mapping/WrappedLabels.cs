using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// A label too long for its cell (科目名称, 项目名称, 单位名称) wraps onto a second line inside the cell;
/// where the grid has no ruling to hold the two lines together, the second comes out as a line of its
/// own. A line whose only filled cell is a label, with no code and no amount, right under a line that
/// has the same label cell filled and a code or an amount, is that label's tail and is put back.
/// A tail never starts a new item: one opening with an enumerator, a <c>其中</c>, a digit or a total
/// word is a line of its own.
/// </summary>
internal static partial class WrappedLabels
{
    /// <summary>Words a line of its own starts with (a total, a balance or a note), never a wrapped tail.</summary>
    private static readonly string[] LineStarts = ["合计", "总计", "小计", "其中", "注", "备注", "说明"];

    /// <summary>The lines with every wrapped label tail joined to the line above it.</summary>
    public static List<IReadOnlyList<string>> Join(List<IReadOnlyList<string>> lines, IReadOnlyList<HeaderColumn> columns)
    {
        var labels = columns.Where(c => c.Field is not null && FieldTypes.IsText(c.Field) && !FieldTypes.IsCode(c.Field) && c.CodeLevel < 0).Select(c => c.Index).ToHashSet();
        var joined = new List<IReadOnlyList<string>>(lines.Count);
        foreach (var line in lines)
        {
            if (joined.Count > 0 && TailColumn(line, labels) is { } column && IsDataLineWithLabel(joined[^1], column))
            {
                var above = joined[^1].ToList();
                above[column] = LabelText.Compact(above[column]) + LabelText.Compact(line[column]);
                joined[^1] = above;
                continue;
            }

            joined.Add(line);
        }

        return joined;
    }

    /// <summary>The label column of a line holding nothing but a label that can continue one, or null.</summary>
    private static int? TailColumn(IReadOnlyList<string> line, HashSet<int> labels)
    {
        var filled = Enumerable.Range(0, line.Count).Where(j => LabelText.Compact(line[j]).Length > 0).ToList();
        if (filled.Count != 1 || !labels.Contains(filled[0]))
        {
            return null;
        }

        var text = LabelText.Compact(line[filled[0]]);
        var startsLine = LabelText.EnumeratorLevel(text) != LabelText.NoEnumerator || LabelText.IsSubItem(text)
            || char.IsAsciiDigit(text[0]) || AmountParser.IsPlaceholder(text) || LineStarts.Any(w => text.StartsWith(w, StringComparison.Ordinal))
            || OpensBracketedCode().IsMatch(text);
        return startsLine ? null : filled[0];
    }

    private static bool IsDataLineWithLabel(IReadOnlyList<string> line, int column) =>
        column < line.Count && LabelText.Compact(line[column]).Length > 0
        && line.Where((_, j) => j != column).Any(c => AmountParser.LooksNumeric(c) || LabelText.Compact(c).Any(char.IsAsciiDigit));

    /// <summary>A label opening with its code in brackets (<c>[206]科学技术支出</c>) starts an item.</summary>
    [GeneratedRegex(@"^[\[【(（]\d")]
    private static partial Regex OpensBracketedCode();
}
