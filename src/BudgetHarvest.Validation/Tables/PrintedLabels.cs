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

    /// <summary>The normalized labels a table prints with a <c>其中</c> prefix.</summary>
    public static HashSet<string> SubItems(BudgetTable table)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in table.Grid.SelectMany(row => row))
        {
            if (SubItemPrefix().IsMatch(Whitespace().Replace(cell, "")))
            {
                labels.Add(Normalize(cell));
            }
        }

        return labels;
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
