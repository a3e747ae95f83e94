using System.Text;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>Joins the fragments of one cell in reading order: wrapped CJK text without separator, Latin or digit words with one space.</summary>
internal static class CellText
{
    public static string Join(List<TextFragment> fragments)
    {
        fragments.Sort((a, b) => Math.Abs(a.Baseline - b.Baseline) < 0.3 * a.FontSize ? a.Left.CompareTo(b.Left) : b.Baseline.CompareTo(a.Baseline));
        var text = new StringBuilder();
        foreach (var f in fragments)
        {
            if (text.Length > 0 && IsWordChar(text[^1]) && IsWordChar(f.Text[0]))
            {
                text.Append(' ');
            }

            text.Append(f.Text);
        }

        return text.ToString();
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);
}
