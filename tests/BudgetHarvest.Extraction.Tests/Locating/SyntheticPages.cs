using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Tests.Locating;

/// <summary>Small pages built from lines of text, one word per line, set top to bottom at a fixed pitch.</summary>
internal static class SyntheticPages
{
    private const double Width = 595;
    private const double Height = 842;
    private const double Pitch = 20;
    private const double FontSize = 10;

    public static PageText Page(int number, params string[] lines)
    {
        var text = lines.Select((l, i) =>
        {
            var top = Height - 40 - (i * Pitch);
            return new TextLine([new TextWord(l, 60, 60 + (l.Length * FontSize), top - FontSize, top)]);
        }).ToList();
        return new PageText(number, Width, Height, text, lines.Sum(l => l.Length), 0);
    }
}
