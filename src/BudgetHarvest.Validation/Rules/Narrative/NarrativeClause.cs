using System.Text.RegularExpressions;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// The clause a narrative statement is printed in, up to its keyword (from the last 。，；： or
/// 其中): what it says the amount is of. <c>2026年一般公共预算财政拨款收入12,672.73万元</c> names the
/// 一般公共预算 part, <c>西安市社会科学院公用经费预算60.57万元</c> a sub-unit, and
/// <c>较上年增加了培训费0.20万元</c> a change rather than a figure.
/// </summary>
public static partial class NarrativeClause
{
    /// <summary>Words saying the amount is a change against last year, not a figure of the budget.</summary>
    public static readonly string[] ChangeWords = ["增加", "减少", "增长", "下降", "降低"];

    /// <summary>The text of the clause before <paramref name="index"/>, without whitespace (PDF text breaks lines anywhere).</summary>
    public static string Before(string text, int index)
    {
        var start = ClauseBreak().Matches(text[..index]).LastOrDefault() is { } last ? last.Index + last.Length : 0;
        return PrintedLabels.Compact(text[start..index]);
    }

    /// <summary>The text of the sentence before <paramref name="index"/> (from the last 。 or ；), without whitespace.</summary>
    public static string SentenceBefore(string text, int index)
    {
        var start = text.LastIndexOfAny(SentenceBreaks, Math.Max(index - 1, 0)) + 1;
        return PrintedLabels.Compact(text[start..index]);
    }

    /// <summary>Whether the clause names one of the words (a part, a unit).</summary>
    public static bool Names(string clause, IEnumerable<string> words) => words.Any(w => clause.Contains(w, StringComparison.Ordinal));

    private static readonly char[] SentenceBreaks = ['。', '；', ';'];

    [GeneratedRegex(@"[。，,；;：:\n]|其中")]
    private static partial Regex ClauseBreak();
}
