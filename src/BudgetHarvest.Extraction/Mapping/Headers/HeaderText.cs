using System.Text;
using BudgetHarvest.Core.Text;

namespace BudgetHarvest.Extraction.Mapping.Headers;

/// <summary>
/// Header text as any producer prints it, reduced to one comparable form: whitespace removed,
/// full-width forms folded, radical code points read as the ideographs they stand for, quotes
/// dropped, and glyphs that a fake-bold producer printed twice (<c>序序号号</c>) read once.
/// </summary>
public static class HeaderText
{
    /// <summary>Shortest text whose glyphs all come in pairs that is read as doubled (one pair: <c>类类</c>).</summary>
    private const int MinDoubledLength = 2;

    /// <summary>The most times an overprinting producer has been seen to print one glyph (nine, Xi'an 2022).</summary>
    private const int MaxOverprint = 12;

    /// <summary>Quote marks that headers print around terms (“三公”经费) and that carry no meaning.</summary>
    private const string Quotes = "\"'“”‘’「」『』";

    /// <summary>The normalized header text (see the type remarks).</summary>
    public static string Normalize(string? text)
    {
        var compact = AmountParser.FoldWidth(LabelText.Compact(text));
        if (compact.Length == 0)
        {
            return compact;
        }

        var builder = new StringBuilder(compact.Length);
        foreach (var c in CjkRadicals.Normalize(compact))
        {
            if (!Quotes.Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
        }

        return Undouble(builder.ToString());
    }

    /// <summary>The header text as printed, for display and as a label or key: whitespace removed, radicals and doubled glyphs read.</summary>
    public static string Display(string? text) => Undouble(CjkRadicals.Normalize(LabelText.Compact(text)));

    /// <summary>
    /// Reads a text whose every glyph is printed k times in a row (k = 2 … <see cref="MaxOverprint"/>)
    /// once. Header words never have all their glyphs repeated, so a text made only of runs of k equal
    /// glyphs is overprint: fake bold prints each glyph twice (<c>序序号号</c>), some producers seven or
    /// nine times (<c>合合合合合合合计计计计计计计</c>). The largest such k is the one printed.
    /// </summary>
    public static string Undouble(string text)
    {
        for (var k = Math.Min(MaxOverprint, text.Length); k >= MinDoubledLength; k--)
        {
            if (text.Length % k == 0 && IsRunsOf(text, k))
            {
                var builder = new StringBuilder(text.Length / k);
                for (var i = 0; i < text.Length; i += k)
                {
                    builder.Append(text[i]);
                }

                return builder.ToString();
            }
        }

        return text;
    }

    private static bool IsRunsOf(string text, int k)
    {
        for (var i = 0; i < text.Length; i += k)
        {
            for (var j = 1; j < k; j++)
            {
                if (text[i + j] != text[i])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
