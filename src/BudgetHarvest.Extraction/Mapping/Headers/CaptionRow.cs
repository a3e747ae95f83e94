using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Mapping.Headers;

/// <summary>
/// A line printed above a table that is not part of its header: a caption naming a value
/// (<c>单位：万元</c>, <c>单位名称：咸阳市图书馆</c>) or the table's title (<c>…支出明细表（按支出功能分类科</c>).
/// A slice read without rules can begin above the table and hold them; everything at or above the
/// last such line is not a heading.
/// </summary>
internal static partial class CaptionRow
{
    /// <summary>Most filled cells a title or caption line spreads over (a caption at each end: 单位名称：… | 单位：万元).</summary>
    private const int MaxCells = 3;

    /// <summary>True when every filled cell of the row is a caption or a title.</summary>
    public static bool Is(IReadOnlyList<string> row)
    {
        var cells = row.Select(HeaderText.Normalize).Where(c => c.Length > 0).ToList();
        return cells.Count is > 0 and <= MaxCells && cells.TrueForAll(c => Caption().IsMatch(c) || Title().IsMatch(c));
    }

    /// <summary>A short name, a colon and its value; 其中： opens a heading's parts, not a caption.</summary>
    [GeneratedRegex(@"^(?!其中)[^:：]{1,6}[:：].+$")]
    private static partial Regex Caption();

    /// <summary>A long line naming a 表 after its subject: a table title, whole or its first line (headings printed into it are lost with it).</summary>
    [GeneratedRegex(@"^.{6,}表.*$")]
    private static partial Regex Title();
}
