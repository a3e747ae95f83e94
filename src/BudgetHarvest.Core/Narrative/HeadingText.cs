using System.Text.RegularExpressions;
using BudgetHarvest.Core.Text;

namespace BudgetHarvest.Core.Narrative;

/// <summary>
/// How disclosure headings are written, judged from text alone: the enumerator that opens them
/// (<c>第一部分</c>, <c>一、</c>, <c>（一）</c>, <c>1、</c>, <c>1.</c>, <c>(1)</c>, <c>①</c>), whether a
/// paragraph is a heading on its own, and where a heading that runs into its paragraph ends
/// (<c>（一）收支预算总体情况：按照…</c>). Layout cues (bold, size, indentation) are the extractor's.
/// </summary>
public static partial class HeadingText
{
    /// <summary>Longest heading printed on a line of its own.</summary>
    public const int MaxStandaloneLength = 40;

    /// <summary>Longest lead-in of a heading that runs into its paragraph.</summary>
    public const int MaxRunInLength = 24;

    private const string CjkNumerals = "一二三四五六七八九十百零〇两";

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇两\d]{1,3}部分[\s:：、.．]*")]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"^([一二三四五六七八九十百零〇两]{1,3})\s*[、．.]\s*")]
    private static partial Regex CjkCommaMarker();

    [GeneratedRegex(@"^[（(]\s*([一二三四五六七八九十百零〇两]{1,3})\s*[）)][\s、.．]*")]
    private static partial Regex CjkParenMarker();

    [GeneratedRegex(@"^(\d{1,2})\s*、\s*")]
    private static partial Regex DigitCommaMarker();

    // 1.5 万元 is an amount, not an item: the dot must not be followed by a digit.
    [GeneratedRegex(@"^(\d{1,2})\s*[.．](?!\d)\s*")]
    private static partial Regex DigitDotMarker();

    [GeneratedRegex(@"^[（(]\s*(\d{1,2})\s*[）)][\s、.．]*")]
    private static partial Regex DigitParenMarker();

    [GeneratedRegex(@"^([①-⑳⑴-⒇])\s*")]
    private static partial Regex CircledMarker();

    // Sentence punctuation a heading never contains (a run-in lead-in) or ends with (a heading line).
    [GeneratedRegex(@"[。；;，,]")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"[。；;，,、]$")]
    private static partial Regex SentenceEnd();

    // Headings name subjects; figures belong to sentences and table rows (1,349.07, 57398.06万元).
    [GeneratedRegex(@"\d[.,]\d|\d\s*万?元")]
    private static partial Regex Amount();

    /// <summary>The enumerator at the start of a text, or null when the text does not start with one.</summary>
    public static HeadingMarker? Marker(string text)
    {
        var trimmed = text.TrimStart();
        var offset = text.Length - trimmed.Length;
        foreach (var (style, pattern) in Patterns)
        {
            var match = pattern.Match(trimmed);
            if (match.Success)
            {
                var number = style == EnumeratorStyle.Part ? PartNumber(match.Value) : Number(match.Groups[1].Value);
                return number is null ? null : new HeadingMarker(style, number.Value, offset + match.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a whole paragraph reads as a heading: short, with no sentence punctuation inside
    /// or at its end (a trailing <c>：</c> is allowed after an enumerator: <c>1、主要职责是：</c>).
    /// An unnumbered text must not end in a colon: <c>内设机构如下：</c> introduces a list.
    /// </summary>
    public static bool IsHeadingLine(string text)
    {
        var compact = Compact(text);
        var marker = Marker(compact);
        var title = marker is null ? compact : compact[marker.Length..];
        if (marker?.Style == EnumeratorStyle.Part)
        {
            return compact.Length <= MaxStandaloneLength;
        }

        if (title.Length < 2 || compact.Length > MaxStandaloneLength || SentenceEnd().IsMatch(title) || title.Contains('。') || Amount().IsMatch(title))
        {
            return false;
        }

        var endsInColon = title[^1] is '：' or ':';
        if (title[..^1].IndexOfAny(['：', ':']) >= 0)
        {
            return false;
        }

        if (marker is null)
        {
            // Unnumbered: a bare title of ideographs, not a list lead-in nor a table row.
            return !endsInColon && !SentencePunctuation().IsMatch(title) && text.Trim().Count(c => c == ' ') <= 1 && title.Any(Ideographs.IsIdeograph);
        }

        return title.Any(Ideographs.IsIdeograph);
    }

    /// <summary>
    /// Splits a heading that runs into its paragraph: <c>三、人员情况说明：2022年末…</c> gives the
    /// lead-in <c>三、人员情况说明</c> (without its <c>：</c>/<c>。</c>) and the body after it. Returns
    /// false when the paragraph has no such lead-in. An unnumbered lead-in must read as a section
    /// title (<c>人员情况说明：</c>), so that <c>本单位主要职责是：</c> stays a sentence.
    /// </summary>
    public static bool TrySplitRunIn(string text, out string heading, out string body)
    {
        heading = body = "";
        var trimmed = text.Trim();
        var marker = Marker(trimmed);
        if (marker?.Style == EnumeratorStyle.Part)
        {
            return false;
        }

        var start = marker?.Length ?? 0;
        var end = trimmed.IndexOfAny(['：', ':', '。'], start);
        if (end < 0 || end - start < 2 || end - start > MaxRunInLength || end == trimmed.Length - 1)
        {
            return false;
        }

        var title = trimmed[start..end];
        if (SentencePunctuation().IsMatch(title) || title.Count(Ideographs.IsIdeograph) < 2 || (marker is null && !SectionVocabulary.ReadsAsSectionTitle(title)))
        {
            return false;
        }

        heading = trimmed[..end].TrimEnd();
        body = trimmed[(end + 1)..].TrimStart();

        // 机关运行经费：指各单位的公用经费… defines a term; it is an entry of a glossary, not a heading.
        return body.Length > 0 && !body.StartsWith('指') && !body.StartsWith("是指", StringComparison.Ordinal);
    }

    /// <summary>The heading's title: the text without its enumerator and trailing colon, whitespace removed.</summary>
    public static string Title(string heading)
    {
        var compact = Compact(heading);
        var marker = Marker(compact);
        return (marker is null ? compact : compact[marker.Length..]).TrimEnd('：', ':');
    }

    private static readonly (EnumeratorStyle Style, Regex Pattern)[] Patterns =
    [
        (EnumeratorStyle.Part, PartMarker()),
        (EnumeratorStyle.CjkParen, CjkParenMarker()),
        (EnumeratorStyle.DigitParen, DigitParenMarker()),
        (EnumeratorStyle.CjkComma, CjkCommaMarker()),
        (EnumeratorStyle.DigitComma, DigitCommaMarker()),
        (EnumeratorStyle.DigitDot, DigitDotMarker()),
        (EnumeratorStyle.Circled, CircledMarker()),
    ];

    private static int? PartNumber(string marker)
    {
        var digits = marker[1..marker.IndexOf('部', StringComparison.Ordinal)];
        return Number(digits);
    }

    /// <summary>The value of 3, 三, 十二, 二十一, ① or ⑴.</summary>
    private static int? Number(string text)
    {
        if (text.Length == 1 && text[0] is >= '①' and <= '⑳')
        {
            return text[0] - '①' + 1;
        }

        if (text.Length == 1 && text[0] is >= '⑴' and <= '⒇')
        {
            return text[0] - '⑴' + 1;
        }

        if (int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var total = 0;
        var digit = 0;
        foreach (var c in text)
        {
            var index = CjkNumerals.IndexOf(c, StringComparison.Ordinal);
            switch (c)
            {
                case '十':
                    total += (digit == 0 ? 1 : digit) * 10;
                    digit = 0;
                    break;
                case '百':
                    total += (digit == 0 ? 1 : digit) * 100;
                    digit = 0;
                    break;
                case '零' or '〇':
                    digit = 0;
                    break;
                case '两':
                    digit = 2;
                    break;
                default:
                    if (index < 0 || index > 8)
                    {
                        return null;
                    }

                    digit = index + 1;
                    break;
            }
        }

        return total + digit;
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
