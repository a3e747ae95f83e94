using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Label normalization of the format (enumerators and <c>其中：</c> stripped, whitespace removed)
/// and the enumerator level that gives a summary row its parent.
/// </summary>
public static partial class LabelText
{
    /// <summary>The level of a label printed without enumerator (levels, outermost first: 一、 &gt; （一） &gt; 1、/1. &gt; (1)).</summary>
    public const int NoEnumerator = 0;

    /// <summary>The text with every whitespace and zero-width character removed.</summary>
    public static string Compact(string? text) => Layout.TextShape.Compact(text);

    /// <summary>The normalized label: whitespace removed, a leading <c>其中：</c> and enumerator stripped.</summary>
    public static string Normalize(string? text)
    {
        var compact = Compact(text);
        var stripped = StripSubItemPrefix(compact);
        var match = EnumeratorPattern().Match(stripped);
        return match.Success && match.Length < stripped.Length ? stripped[match.Length..] : stripped;
    }

    /// <summary>True when the label is printed as a <c>其中：</c> sub-item.</summary>
    public static bool IsSubItem(string? text) => SubItemPattern().IsMatch(Compact(text));

    /// <summary>
    /// The enumerator level of a printed label: 1 for <c>一、</c>, 2 for <c>（一）</c>,
    /// 3 for <c>1、</c> or <c>1.</c>, 4 for <c>(1)</c>; <see cref="NoEnumerator"/> for none.
    /// </summary>
    public static int EnumeratorLevel(string? text)
    {
        var match = EnumeratorPattern().Match(StripSubItemPrefix(Compact(text)));
        if (!match.Success)
        {
            return NoEnumerator;
        }

        if (match.Groups["cn"].Success)
        {
            return 1;
        }

        if (match.Groups["pcn"].Success)
        {
            return 2;
        }

        return match.Groups["num"].Success ? 3 : 4;
    }

    private static string StripSubItemPrefix(string compact)
    {
        var match = SubItemPattern().Match(compact);
        return match.Success ? compact[match.Length..] : compact;
    }

    // "1." must not eat a decimal such as "1.5万元", hence the look-ahead.
    [GeneratedRegex(@"^(?:(?<cn>[一二三四五六七八九十百]+[、.．])|(?<pcn>[(（][一二三四五六七八九十百]+[)）][、.．]?)|(?<num>\d+(?:[、，]|[.．](?!\d)))|(?<pnum>[(（]\d+[)）][、.．]?))")]
    private static partial Regex EnumeratorPattern();

    [GeneratedRegex(@"^其中[:：]?")]
    private static partial Regex SubItemPattern();
}
