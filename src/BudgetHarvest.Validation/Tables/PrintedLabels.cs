using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// Label shapes as printed in a grid. A <c>其中：</c> line details part of the line above and
/// must not be added to its siblings; rows keep only the normalized label, the grid keeps the prefix.
/// </summary>
internal static partial class PrintedLabels
{
    /// <summary>A label with whitespace, a leading <c>其中：</c> and a leading enumerator removed.</summary>
    public static string Normalize(string? text)
    {
        var compact = Whitespace().Replace(text ?? "", "");
        compact = SubItemPrefix().Replace(compact, "");
        var enumerator = Enumerator().Match(compact);
        return enumerator.Success && enumerator.Length < compact.Length ? compact[enumerator.Length..] : compact;
    }

    /// <summary>
    /// Which of a panel's lines are printed as <c>其中</c> details, aligned with <paramref name="labels"/>
    /// (the panel's normalized labels in printed order). The same label can be a line in its own
    /// right and, further down, a detail (Xi'an's "1、财政拨款" and "其中：财政拨款" under 上年结转),
    /// so each line is matched with its own cell: the grid column holding most of the panel's labels
    /// is walked top to bottom alongside the lines.
    /// </summary>
    public static bool[] SubItemFlags(BudgetTable table, IReadOnlyList<string> labels)
    {
        var flags = new bool[labels.Count];
        var width = table.Grid.Count == 0 ? 0 : table.Grid.Max(r => r.Count);
        var wanted = labels.ToHashSet(StringComparer.Ordinal);
        var column = Enumerable.Range(0, width)
            .Select(c => (Column: c, Hits: table.Grid.Count(r => c < r.Count && wanted.Contains(Normalize(r[c])))))
            .Where(c => c.Hits > 0)
            .OrderByDescending(c => c.Hits)
            .Select(c => (int?)c.Column)
            .FirstOrDefault();
        if (column is not { } c)
        {
            return flags;
        }

        var cells = table.Grid.Where(r => c < r.Count && r[c].Length > 0).Select(r => r[c]).ToList();
        var next = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var at = cells.FindIndex(next, cell => Normalize(cell) == labels[i]);
            if (at >= 0)
            {
                flags[i] = SubItemPrefix().IsMatch(Compact(cells[at]));
                next = at + 1;
            }
        }

        return flags;
    }

    /// <summary>The text without whitespace.</summary>
    public static string Compact(string? text) => Whitespace().Replace(text ?? "", "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^其中[:：]?")]
    private static partial Regex SubItemPrefix();

    // 一、 （一） 1、 1. (1) — "1." must not eat a decimal, hence the look-ahead.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）][、.．]?|\d+(?:[、，]|[.．](?!\d)))")]
    private static partial Regex Enumerator();
}
