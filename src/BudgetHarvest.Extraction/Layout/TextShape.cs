using System.Globalization;
using System.Text;

namespace BudgetHarvest.Extraction.Layout;

/// <summary>Small text predicates the layout and locating stages share.</summary>
public static class TextShape
{
    /// <summary>The text with every whitespace and zero-width character removed: what labels and titles are compared by.</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200b' or '\ufeff'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Full-width ASCII (０-９, （, ：…) folded to half-width; everything else unchanged.</summary>
    public static string FoldWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>Whether a character is a CJK ideograph.</summary>
    public static bool IsIdeograph(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u3400';
}
