using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>Reads printed amounts as decimals in the table's own measure.</summary>
public static partial class AmountParser
{
    /// <summary>
    /// Parses a printed amount. Returns true with <paramref name="value"/> null for a blank or dash
    /// cell, true with a value for a number (thousands separators, full-width digits, a leading minus
    /// or accounting parentheses), and false for text that is not a number.
    /// </summary>
    public static bool TryParse(string? cell, out decimal? value)
    {
        value = null;
        var text = FoldWidth(LabelText.Compact(cell));
        if (text.Length == 0 || IsPlaceholder(text))
        {
            return true;
        }

        var negative = false;
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
        {
            negative = true;
            text = text[1..^1];
        }

        if (!NumberPattern().IsMatch(text))
        {
            return false;
        }

        if (!decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        value = negative ? -parsed : parsed;
        return true;
    }

    /// <summary>True for a cell that stands for "nothing": dashes and the <c>**</c> of empty forms.</summary>
    public static bool IsPlaceholder(string? cell)
    {
        var text = FoldWidth(LabelText.Compact(cell));
        return text.Length > 0 && PlaceholderPattern().IsMatch(text);
    }

    /// <summary>True when the cell reads as a number (blank and placeholders excluded).</summary>
    public static bool LooksNumeric(string? cell) =>
        TryParse(cell, out var value) && value is not null;

    /// <summary>Full-width ASCII forms (digits, comma, point, minus) as their ASCII counterparts.</summary>
    internal static string FoldWidth(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u2212' or '\u2012' or '\u2013' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    // Digits with separators anywhere: some producers group irregularly (19349,057 for 19,349,057), and
    // a separator is never a decimal point in these disclosures, so the digits are read as printed.
    [GeneratedRegex(@"^[-+]?\d+(?:,\d+)*(?:\.\d+)?$|^[-+]?\.\d+$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?:[-—－―─]+|\*+|/)$")]
    private static partial Regex PlaceholderPattern();
}
