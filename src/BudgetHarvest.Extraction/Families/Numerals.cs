using System.Globalization;

namespace BudgetHarvest.Extraction.Families;

/// <summary>Table numbers as printed: Arabic (<c>05</c>) or Chinese (<c>十一</c>) numerals.</summary>
public static class Numerals
{
    private const string Digits = "〇一二三四五六七八九";
    private const int Ten = 10;

    /// <summary>The value of a number of up to two digits in either script.</summary>
    /// <exception cref="FormatException">Not such a number.</exception>
    public static int Parse(string text)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 && Digits.Contains(text[0], StringComparison.Ordinal) ? Digits.IndexOf(text[0], StringComparison.Ordinal) : throw new FormatException($"'{text}' is not a table number.");
        }

        var tens = ten == 0 ? 1 : Parse(text[..ten]);
        var units = ten == text.Length - 1 ? 0 : Parse(text[(ten + 1)..]);
        return (tens * Ten) + units;
    }
}
